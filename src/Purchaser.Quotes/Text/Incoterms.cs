using System.Text.RegularExpressions;

namespace Purchaser.Quotes.Text;

/// <summary>Finds an Incoterms 2020 rule, written as its code or spelled out ("Ex Works" is EXW).</summary>
internal static partial class Incoterms
{
    private static readonly (string Code, Regex Pattern)[] SpelledOut =
    [
        ("EXW", new Regex(@"\bex[- ]?works\b|\bab\s+werk\b|\bex[- ]?factory\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(250))),
        ("FCA", new Regex(@"\bfree\s+carrier\b|\bfrei\s+frachtführer\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(250))),
        ("CPT", new Regex(@"\bcarriage\s+paid\s+to\b|\bfrachtfrei\b(?!\s+versichert)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(250))),
        ("CIP", new Regex(@"\bcarriage\s+and\s+insurance\s+paid\b|\bfrachtfrei\s+versichert\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(250))),
        ("DPU", new Regex(@"\bdelivered\s+at\s+place\s+unloaded\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(250))),
        ("DAP", new Regex(@"\bdelivered\s+at\s+place\b|\bgeliefert\s+benannter\s+ort\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(250))),
        ("DDP", new Regex(@"\bdelivered\s+duty\s+paid\b|\bgeliefert\s+verzollt\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(250))),
        ("FAS", new Regex(@"\bfree\s+alongside\s+ship\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(250))),
        ("FOB", new Regex(@"\bfree\s+on\s+board\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(250))),
        ("CIF", new Regex(@"\bcost,?\s+insurance\s+(?:and|&)\s+freight\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(250))),
        ("CFR", new Regex(@"\bcost\s+(?:and|&)\s+freight\b|\bC\s?&\s?F\b|\bCNF\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(250))),
    ];

    /// <summary>The first Incoterms code in <paramref name="text"/>, or null.</summary>
    public static (string Code, int Index)? Find(string text)
    {
        (string, int)? best = null;
        var code = Code().Match(text);
        if (code.Success)
        {
            best = (code.Groups["code"].Value.ToUpperInvariant(), code.Index);
        }

        foreach (var (name, pattern) in SpelledOut)
        {
            var m = pattern.Match(text);
            if (m.Success && (best is null || m.Index < best.Value.Item2))
            {
                best = (name, m.Index);
            }
        }

        return best;
    }

    [GeneratedRegex(@"(?<![\w-])(?<code>EXW|FCA|CPT|CIP|DAP|DPU|DDP|FAS|FOB|CFR|CIF|Exw|Fob|Cif|Dap|Ddp|Fca|Cpt|Cip)(?![\w-])", RegexOptions.CultureInvariant, 250)]
    private static partial Regex Code();
}
