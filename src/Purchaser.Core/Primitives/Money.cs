namespace Purchaser;

/// <summary>
/// An amount in one ISO 4217 currency. Unit prices keep the precision the vendor quoted
/// (0.184 USD per piece is a real price); <see cref="RoundToMinorUnits"/> gives the amount as it is paid.
/// </summary>
public readonly record struct Money
{
    /// <summary>Creates an amount in <paramref name="currency"/>.</summary>
    public Money(decimal amount, CurrencyCode currency)
    {
        Amount = amount;
        Currency = currency;
    }

    /// <summary>The decimal amount.</summary>
    public decimal Amount { get; }

    /// <summary>The currency of <see cref="Amount"/>.</summary>
    public CurrencyCode Currency { get; }

    /// <summary>Creates an amount from a currency code such as <c>USD</c>.</summary>
    /// <exception cref="FormatException">The code is not an active ISO 4217 code.</exception>
    public static Money Of(decimal amount, string currency) => new(amount, CurrencyCode.Parse(currency));

    /// <summary>Rounds half away from zero to the currency's minor units (0 for JPY, 3 for KWD).</summary>
    public Money RoundToMinorUnits() =>
        new(decimal.Round(Amount, Currency.MinorUnits, MidpointRounding.AwayFromZero), Currency);

    /// <summary>The amount for <paramref name="quantity"/> units at this unit price, rounded to minor units.</summary>
    public Money Extend(decimal quantity) => new Money(Amount * quantity, Currency).RoundToMinorUnits();

    /// <summary>Adds two amounts of the same currency.</summary>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static Money operator +(Money left, Money right)
    {
        EnsureSameCurrency(left, right);
        return new Money(left.Amount + right.Amount, left.Currency);
    }

    /// <summary>Subtracts two amounts of the same currency.</summary>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static Money operator -(Money left, Money right)
    {
        EnsureSameCurrency(left, right);
        return new Money(left.Amount - right.Amount, left.Currency);
    }

    /// <summary>Adds two amounts of the same currency.</summary>
    public static Money Add(Money left, Money right) => left + right;

    /// <summary>Subtracts two amounts of the same currency.</summary>
    public static Money Subtract(Money left, Money right) => left - right;

    /// <summary>Formats as <c>12.50 USD</c>, with at least the currency's minor units.</summary>
    public override string ToString()
    {
        var format = "0." + new string('0', Currency.MinorUnits) + "########";
        return $"{Amount.ToString(format, System.Globalization.CultureInfo.InvariantCulture)} {Currency.Code}";
    }

    private static void EnsureSameCurrency(Money left, Money right)
    {
        if (left.Currency != right.Currency)
        {
            throw new InvalidOperationException($"Cannot combine {left.Currency} and {right.Currency} amounts.");
        }
    }
}
