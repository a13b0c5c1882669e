using System.Diagnostics.CodeAnalysis;

namespace Purchaser;

/// <summary>
/// A typed identifier: an <see cref="Id{TEntity}"/> of a vendor cannot be passed where an RFQ's is expected.
/// New identifiers are version 7 GUIDs, so they sort by creation time.
/// </summary>
/// <typeparam name="TEntity">The entity the identifier names.</typeparam>
public readonly record struct Id<TEntity> : IComparable<Id<TEntity>>, IParsable<Id<TEntity>>
{
    /// <summary>Wraps an existing GUID.</summary>
    public Id(Guid value) => Value = value;

    /// <summary>The underlying GUID.</summary>
    public Guid Value { get; }

    /// <summary>Creates a new time-ordered identifier.</summary>
    public static Id<TEntity> New() => new(TimeOrderedGuid.New());

    /// <inheritdoc />
    public static Id<TEntity> Parse(string s, IFormatProvider? provider = null) =>
        TryParse(s, provider, out var id) ? id : throw new FormatException($"'{s}' is not a valid identifier.");

    /// <inheritdoc />
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Id<TEntity> result)
    {
        if (Guid.TryParseExact(s, "D", out var guid) && guid != Guid.Empty)
        {
            result = new Id<TEntity>(guid);
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>Parses without a format provider; minimal APIs bind route values through this overload.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out Id<TEntity> result) => TryParse(s, null, out result);

    /// <inheritdoc />
    public int CompareTo(Id<TEntity> other) => Value.CompareTo(other.Value);

    /// <summary>Compares creation order.</summary>
    public static bool operator <(Id<TEntity> left, Id<TEntity> right) => left.CompareTo(right) < 0;

    /// <summary>Compares creation order.</summary>
    public static bool operator <=(Id<TEntity> left, Id<TEntity> right) => left.CompareTo(right) <= 0;

    /// <summary>Compares creation order.</summary>
    public static bool operator >(Id<TEntity> left, Id<TEntity> right) => left.CompareTo(right) > 0;

    /// <summary>Compares creation order.</summary>
    public static bool operator >=(Id<TEntity> left, Id<TEntity> right) => left.CompareTo(right) >= 0;

    /// <summary>The lower-case hyphenated form, for example <c>0193a5c4-...</c>.</summary>
    public override string ToString() => Value.ToString("D");
}
