using System.Text.RegularExpressions;

namespace Purchaser.Quotes.Text;

/// <summary>Finds an Incoterms 2020 rule, written as its code or spelled out ("Ex Works" is EXW).</summary>
internal static partial class Incoterms
{
    // Each spelled-out rule with words it cannot be written without; one pass over the text tells which can occur.
    private static readonly (string Code, Regex Pattern, string[] Words)[] SpelledOut =
    [
        ("EXW", SpelledExw(), ["works", "werk", "factory"]),
        ("FCA", SpelledFca(), ["carrier", "frachtführer"]),
        ("CPT", SpelledCpt(), ["carriage", "frachtfrei"]),
        ("CIP", SpelledCip(), ["carriage", "frachtfrei"]),
        ("DPU", SpelledDpu(), ["unloaded"]),
        ("DAP", SpelledDap(), ["place", "benannter"]),
        ("DDP", SpelledDdp(), ["duty", "verzollt"]),
        ("FAS", SpelledFas(), ["alongside"]),
        ("FOB", SpelledFob(), ["board"]),
        ("CIF", SpelledCif(), ["insurance"]),
        ("CFR", SpelledCfr(), ["freight", "&", "cnf"]),
    ];

    private static readonly TriggerSet SpelledWords = new([.. SpelledOut.Select(s => s.Words)]);

    /// <summary>The first Incoterms code in <paramref name="text"/>, or null.</summary>
    public static (string Code, int Index)? Find(string text)
    {
        (string, int)? best = null;
        var code = Code().Match(text);

        // "changed the delivery terms from EXW Schweinfurt to DAP Rockford", "we can no longer offer FCA Houston": the term
        // changed from is no longer the quote's.
        while (code.Success && ChangedFrom().IsMatch(text.AsSpan(Math.Max(0, code.Index - 30), Math.Min(30, code.Index))) && code.NextMatch() is { Success: true } next)
        {
            code = next;
        }

        // "the factory quotes FCA Chicago, but as their agent we deliver DAP Bielefeld": the term after "but" replaces it.
        while (code.Success && code.NextMatch() is { Success: true } later && later.Index - code.Index < 160
            && ButBetween().IsMatch(text.AsSpan(code.Index + code.Length, later.Index - code.Index - code.Length)))
        {
            code = later;
        }

        if (code.Success)
        {
            best = (code.Groups["code"].Value.Replace(".", string.Empty, StringComparison.Ordinal).ToUpperInvariant(), code.Index);
        }

        var candidates = SpelledWords.Find(text);
        for (var i = 0; i < SpelledOut.Length; i++)
        {
            if ((candidates & (1 << i)) == 0)
            {
                continue;
            }

            var (name, pattern, _) = SpelledOut[i];
            var m = pattern.Match(text);
            if (m.Success && (best is null || m.Index < best.Value.Item2))
            {
                best = (name, m.Index);
            }
        }

        return best;
    }

    [GeneratedRegex(@"(?<![\w-])(?:(?<code>EXW|FCA|CPT|CIP|DAP|DPU|DDP|FAS|FOB|CFR|CIF|Exw|Fob|Cif|Dap|Ddp|Fca|Cpt|Cip)(?![\w-])|(?<code>F\.O\.B|C\.I\.F|C\.F\.R|E\.X\.W|D\.D\.P|D\.A\.P|F\.C\.A)\.?(?!\w)|(?<=(?:^|[,;:(\n]|\b(?:delivered|delivery|terms?|prices?|priced|basis|shipped|incoterms?|are|is|usd|eur|gbp|cad))[ \t]*)(?<code>fob|exw|fca|ddp|dap|cif|cfr|cpt|cip)(?=\s+[A-Za-z]))", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Code();

    [GeneratedRegex(@"\bex[- ]?works\b|\bab\s+werk\b|\bex[- ]?factory\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SpelledExw();

    [GeneratedRegex(@"\bfree\s+carrier\b|\bfrei\s+frachtführer\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SpelledFca();

    [GeneratedRegex(@"\bcarriage\s+paid\s+to\b|\bfrachtfrei\b(?!\s+versichert)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SpelledCpt();

    [GeneratedRegex(@"\bcarriage\s+and\s+insurance\s+paid\b|\bfrachtfrei\s+versichert\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SpelledCip();

    [GeneratedRegex(@"\bdelivered\s+at\s+place\s+unloaded\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SpelledDpu();

    [GeneratedRegex(@"\bdelivered\s+at\s+place\b|\bgeliefert\s+benannter\s+ort\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SpelledDap();

    [GeneratedRegex(@"\bdelivered\s+duty\s+paid\b|\bgeliefert\s+verzollt\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SpelledDdp();

    [GeneratedRegex(@"\bfree\s+alongside\s+ship\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SpelledFas();

    [GeneratedRegex(@"\bfree\s+on\s+board\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SpelledFob();

    [GeneratedRegex(@"\bcost,?\s+insurance\s+(?:and|&)\s+freight\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SpelledCif();

    [GeneratedRegex(@"\bcost\s+(?:and|&)\s+freight\b|\bC\s?&\s?F\b|\bCNF\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SpelledCfr();

    [GeneratedRegex(@"^[^.;\n]*\b(?:but|however|aber|jedoch|mais|pero|ma)\b[^.;\n]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ButBetween();

    [GeneratedRegex(@"\b(?:from|instead\s+of|statt|anstelle\s+von|no\s+longer\s+(?:offer|quote|supply|ship|deliver)|(?:cannot|can't|can\s+not)\s+(?:offer|quote))\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ChangedFrom();
}
