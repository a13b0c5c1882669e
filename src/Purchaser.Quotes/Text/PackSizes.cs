using System.Buffers;
using System.Text.RegularExpressions;

namespace Purchaser.Quotes.Text;

/// <summary>Package sizes stated in text, such as "on 305 m spools", "box of 500" or "100 pcs/box", in base units.</summary>
internal sealed partial class PackSizes
{
    // Every pattern below needs one of these words; text without them (most of it) skips the three scans.
    private static readonly SearchValues<string> PackageWords = SearchValues.Create(
        ["box", "bx/", "ctn/", "bg/", "rl/", "pallet", "palette", "pack", "pkg", "spool", "reel", "roll", "bag", "case", "carton", "coil", "drum", "tube", "bundle",
         "sack", "sac", "crate", "saco", "bolsa", "beutel", "bobin", "touret", "carrete", "spule", "rouleau", "rollo", "rolle", "caja", "kiste", "kartong", "doos", "rol ", "trommel", "ve (", "vpe",
         "civk", "civek", "cievk", "krabic", "balen", "kotou", "szpul", "makara", "kutu", "koli", "rulo", "caixa", "carretel", "tekercs", "doboz", "csomag", "verp", "zak "], StringComparison.OrdinalIgnoreCase);

    // Package words with a mark ("cívka", "säck", "boîte"), found from the mark: a case-insensitive search for non-ASCII
    // strings is several times slower than the ASCII one above.
    private static readonly SearchValues<char> PackageMarks = SearchValues.Create("íÍäÄæÆîÎ");

    private static readonly string[] MarkedPackageWords = ["cívk", "cívek", "säck", "sæk", "boîte"];

    private static bool HasPackageWord(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny(PackageWords) >= 0)
        {
            return true;
        }

        if (text.IndexOfAny(PackageMarks) < 0)
        {
            return false;
        }

        foreach (var word in MarkedPackageWords)
        {
            if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Created on the first size learnt: most texts state none, and a pack list is made per table row.
    private Dictionary<string, decimal>? _sizes;

    // The package a table row's pack cell names, which a price "per pack" of that row buys.
    private string? _rowPackage;

    public static PackSizes From(params string?[] texts)
    {
        var packs = new PackSizes();
        foreach (var text in texts)
        {
            packs.Learn(text);
        }

        return packs;
    }

    /// <summary>Whether a cell of <paramref name="row"/> names a package, so the row (read as one text) may state a size.</summary>
    public static bool NamesPackage(IReadOnlyList<string> row)
    {
        foreach (var cell in row)
        {
            if (HasPackageWord(cell))
            {
                return true;
            }
        }

        return false;
    }

    public void Learn(string? text)
    {
        if (string.IsNullOrEmpty(text) || !HasPackageWord(text))
        {
            return;
        }

        foreach (Match m in SizeThenPackage().Matches(text))
        {
            if (UnitWords.Read(m.Groups["unit"].Value) is { IsPackage: false })
            {
                Add(m.Groups["pack"].Value, m.Groups["n"].Value, m.Groups["unit"].Value);
            }
        }

        foreach (Match m in BareSizePerPackage().Matches(text))
        {
            Add(m.Groups["pack"].Value, m.Groups["n"].Value, string.Empty);
        }

        foreach (Match m in PackageOfSize().Matches(text))
        {
            Add(m.Groups["pack"].Value, m.Groups["n"].Value, m.Groups["unit"].Value);
        }

        foreach (Match m in PerPackageSize().Matches(text))
        {
            if (UnitWords.Read(m.Groups["unit"].Value) is { IsPackage: false })
            {
                Add(m.Groups["pack"].Value, m.Groups["n"].Value, m.Groups["unit"].Value);
            }
        }

        foreach (Match m in PackageSlashSize().Matches(text))
        {
            Add(m.Groups["pack"].Value, m.Groups["n"].Value, m.Groups["unit"].Value);
        }

        foreach (Match m in PackageThenSize().Matches(text))
        {
            Add(m.Groups["pack"].Value, m.Groups["n"].Value, m.Groups["unit"].Value);
        }
    }

    /// <summary>Learns a pack column's cell that is a package and its size and nothing else: "Bag 2500", "Box 500", "Reel 305 m".</summary>
    public void LearnCell(string cell)
    {
        if (cell.Length is > 0 and < 30 && PackageCell().Match(cell) is { Success: true } m && UnitWords.Read(m.Groups["unit"].Value) is not { IsPackage: true })
        {
            Add(m.Groups["pack"].Value, m.Groups["n"].Value, m.Groups["unit"].Value);
            _rowPackage ??= UnitWords.Read(m.Groups["pack"].Value)?.Word;
        }
    }

    /// <summary>Base units in one package of the kind <paramref name="packageWord"/>, or null when unknown.</summary>
    public decimal? For(string packageWord)
    {
        var unit = UnitWords.Read(packageWord);
        var key = unit?.Word ?? packageWord.ToLowerInvariant();
        if (_sizes is null)
        {
            return null;
        }

        if (_sizes.TryGetValue(key, out var size))
        {
            return size;
        }

        // "Prijs per verp." over a row whose pack cell says "zak 25 st": the row's own package is the one its price buys.
        if (unit is { IsPackage: true } && _rowPackage is { } rowPackage && _sizes.TryGetValue(rowPackage, out var rowSize))
        {
            return rowSize;
        }

        return _sizes.Count == 1 && unit is { IsPackage: true } ? _sizes.Values.First() : null;
    }

    private void Add(string pack, string number, string unitWord)
    {
        if (UnitWords.Read(pack) is not { IsPackage: true } package || !Text.NumberParser.TryParse(number, DecimalStyle.Unknown, out var n) || n <= 0)
        {
            return;
        }

        var unit = UnitWords.Read(unitWord);
        // "connector G1/2 to 10 mm tube": millimetres and centimetres measure a part, never what a package holds.
        if (unit is { Kind: UnitKind.Length, Factor: < 0.1m })
        {
            return;
        }

        var factor = unit is { IsPackage: false } u ? u.Factor : 1;
        (_sizes ??= new(StringComparer.Ordinal)).TryAdd(package.Word, n * factor);
    }

    [GeneratedRegex(@"(?<!(?:[$€£¥]|\b(?:USD|EUR|GBP|CAD|AUD|JPY|CHF|CNY|MXN))\s*)(?<![\d.,])(?<n>\d[\d,.']*)\s*(?<unit>[a-zA-Z]{1,6}\.?)\s*(?:/|per|a|an|each|in|on)?\s*(?:(?:big|bulk|jumbo)\s+)?(?<pack>" + UnitWords.Packages + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SizeThenPackage();

    [GeneratedRegex(@"(?<!(?:[$€£¥]|\b(?:USD|EUR|GBP|CAD|AUD|JPY|CHF|CNY|MXN))\s*)(?<![\d.,])(?<n>\d[\d,.']*)\s*(?:/|per)\s*(?<pack>" + UnitWords.Packages + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex BareSizePerPackage();

    [GeneratedRegex(@"\b(?<pack>" + UnitWords.Packages + @")\s+(?:of|with|à|a|containing|de|von|mit|con|com|po)\s+(?<n>\d[\d,.']*)\s*(?<unit>[a-zA-Z]{1,6}\.?)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PackageOfSize();

    [GeneratedRegex(@"^\s*(?<pack>" + UnitWords.Packages + @")\s*(?:of\s+|x\s*|à\s+)?(?<n>\d[\d,.']*)\s*(?<unit>[a-zA-Z]{1,6}\.?)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PackageCell();

    // "411,75 EUR / cívka 305 m", "per spool 305 m": the price's own package, sized right after it.
    [GeneratedRegex(@"(?:/|\bper|\bje|\bza)\s*(?<pack>" + UnitWords.Packages + @")\s+(?<n>\d[\d,.']*)\s*(?<unit>[a-zA-Z]{1,6}\.?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PerPackageSize();

    // "Carton/500", "BX/250", "RL/305M": a sell unit as a distributor's system codes it, the package and its size.
    [GeneratedRegex(@"\b(?<pack>" + UnitWords.Packages + @"|bx|ctn|bg|rl|pk|cs)\s*/\s*(?<n>\d[\d,.']*)\s*(?<unit>[a-zA-Z]{1,6}\b\.?)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PackageSlashSize();

    // "je Sack (25 kg)", "per reel (500 m)": the size in parentheses right after the package.
    [GeneratedRegex(@"\b(?<pack>" + UnitWords.Packages + @")\s*\(\s*(?<n>\d[\d,.']*)\s*(?<unit>[a-zA-Z]{1,6})\.?\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PackageThenSize();
}
