using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Purchaser;

/// <summary>
/// A unit of measure from a small, validated vocabulary (UN/ECE Recommendation 20 style codes).
/// Common spellings such as <c>pcs</c>, <c>each</c> or <c>meter</c> map onto one canonical code.
/// </summary>
public readonly record struct UnitOfMeasure : ISpanParsable<UnitOfMeasure>
{
    private static readonly FrozenDictionary<string, (string Code, UnitKind Kind)> Known = BuildTable();
    private static readonly FrozenDictionary<string, (string Code, UnitKind Kind)>.AlternateLookup<ReadOnlySpan<char>> KnownLookup =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly string? _code;

    private UnitOfMeasure(string code, UnitKind kind)
    {
        _code = code;
        Kind = kind;
    }

    /// <summary>The canonical upper-case code, for example <c>EA</c>, <c>M</c> or <c>KG</c>.</summary>
    public string Code => _code ?? throw new InvalidOperationException("This unit of measure was never initialised.");

    /// <summary>What the unit counts or measures.</summary>
    public UnitKind Kind { get; }

    /// <summary>Each (one piece).</summary>
    public static UnitOfMeasure Each => Parse("EA");

    /// <summary>The canonical codes this type accepts.</summary>
    public static IReadOnlyCollection<string> CanonicalCodes { get; } =
        Known.Values.Select(v => v.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Parses a unit code or common spelling (case-insensitive).</summary>
    /// <exception cref="FormatException">The unit is not known.</exception>
    public static UnitOfMeasure Parse(string s) => Parse(s, null);

    /// <inheritdoc />
    public static UnitOfMeasure Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <inheritdoc />
    public static UnitOfMeasure Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out var unit) ? unit : throw new FormatException($"'{s}' is not a known unit of measure.");

    /// <inheritdoc />
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out UnitOfMeasure result) =>
        TryParse(s.AsSpan(), provider, out result);

    /// <inheritdoc />
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out UnitOfMeasure result)
    {
        s = s.Trim().TrimEnd('.');
        if (s.Length is > 0 and <= 16)
        {
            Span<char> lower = stackalloc char[s.Length];
            s.ToLowerInvariant(lower);
            if (KnownLookup.TryGetValue(lower, out var entry))
            {
                result = new UnitOfMeasure(entry.Code, entry.Kind);
                return true;
            }
        }

        result = default;
        return false;
    }

    /// <inheritdoc />
    public override string ToString() => Code;

    private static FrozenDictionary<string, (string Code, UnitKind Kind)> BuildTable()
    {
        var table = new Dictionary<string, (string, UnitKind)>(StringComparer.Ordinal);
        void Add(string code, UnitKind kind, params string[] aliases)
        {
            table[code.ToLowerInvariant()] = (code, kind);
            foreach (var alias in aliases)
            {
                table[alias] = (code, kind);
            }
        }

        Add("EA", UnitKind.Count, "each", "pc", "pcs", "piece", "pieces", "unit", "units", "ea.", "st", "stk", "stück");
        Add("PR", UnitKind.Count, "pair", "pairs");
        Add("SET", UnitKind.Count, "sets");
        Add("DZ", UnitKind.Count, "doz", "dozen");
        Add("HND", UnitKind.Count, "hundred");
        Add("THO", UnitKind.Count, "thousand");
        Add("BX", UnitKind.Package, "box", "boxes");
        Add("PK", UnitKind.Package, "pack", "packs", "pkg", "package");
        Add("RL", UnitKind.Package, "roll", "rolls", "reel", "reels");
        Add("SPL", UnitKind.Package, "spool", "spools");
        Add("BG", UnitKind.Package, "bag", "bags");
        Add("CS", UnitKind.Package, "case", "cases");
        Add("SHT", UnitKind.Count, "sheet", "sheets");
        Add("LOT", UnitKind.Count, "lots");
        Add("MM", UnitKind.Length, "millimetre", "millimeter");
        Add("CM", UnitKind.Length, "centimetre", "centimeter");
        Add("M", UnitKind.Length, "mtr", "metre", "meter", "metres", "meters");
        Add("KM", UnitKind.Length, "kilometre", "kilometer");
        Add("IN", UnitKind.Length, "inch", "inches");
        Add("FT", UnitKind.Length, "foot", "feet");
        Add("YD", UnitKind.Length, "yard", "yards");
        Add("M2", UnitKind.Area, "sqm", "m²");
        Add("FT2", UnitKind.Area, "sqft", "ft²");
        Add("M3", UnitKind.Volume, "cbm", "m³");
        Add("L", UnitKind.Volume, "ltr", "litre", "liter", "litres", "liters");
        Add("ML", UnitKind.Volume, "millilitre", "milliliter");
        Add("GAL", UnitKind.Volume, "gallon", "gallons");
        Add("G", UnitKind.Mass, "gram", "grams");
        Add("KG", UnitKind.Mass, "kgs", "kilogram", "kilograms");
        Add("T", UnitKind.Mass, "tonne", "tonnes", "mt");
        Add("LB", UnitKind.Mass, "lbs", "pound", "pounds");
        Add("OZ", UnitKind.Mass, "ounce", "ounces");
        Add("HR", UnitKind.Time, "h", "hour", "hours", "hrs");
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
