using System.Diagnostics.CodeAnalysis;

namespace Purchaser;

/// <summary>
/// An active ISO 4217 currency code with the number of minor units the standard defines for it.
/// </summary>
public readonly record struct CurrencyCode : ISpanParsable<CurrencyCode>
{
    private readonly string? _code;

    private CurrencyCode(string code, int minorUnits)
    {
        _code = code;
        MinorUnits = minorUnits;
    }

    /// <summary>The three-letter upper-case code, for example <c>USD</c>.</summary>
    public string Code => _code ?? throw new InvalidOperationException("This currency code was never initialised.");

    /// <summary>Digits after the decimal separator: 2 for USD, 0 for JPY, 3 for KWD.</summary>
    public int MinorUnits { get; }

    /// <summary>United States dollar.</summary>
    public static CurrencyCode Usd => Parse("USD");

    /// <summary>Euro.</summary>
    public static CurrencyCode Eur => Parse("EUR");

    /// <summary>Whether <paramref name="code"/> is an active ISO 4217 code (case-insensitive).</summary>
    public static bool IsKnown(string? code) => code is not null && TryParse(code, null, out _);

    /// <summary>Parses a code such as <c>usd</c> or <c>EUR</c>.</summary>
    /// <exception cref="FormatException">The text is not an active ISO 4217 code.</exception>
    public static CurrencyCode Parse(string s) => Parse(s, null);

    /// <inheritdoc />
    public static CurrencyCode Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <inheritdoc />
    public static CurrencyCode Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out var code) ? code : throw new FormatException($"'{s}' is not an ISO 4217 currency code.");

    /// <inheritdoc />
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out CurrencyCode result) =>
        TryParse(s.AsSpan(), provider, out result);

    /// <inheritdoc />
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out CurrencyCode result)
    {
        if (Iso4217Table.TryFind(s.Trim(), out var entry))
        {
            result = new CurrencyCode(entry.Code, entry.MinorUnits);
            return true;
        }

        result = default;
        return false;
    }

    /// <inheritdoc />
    public override string ToString() => Code;
}
