namespace Purchaser;

/// <summary>What a <see cref="UnitOfMeasure"/> counts or measures.</summary>
public enum UnitKind
{
    /// <summary>Discrete pieces (each, pair, set).</summary>
    Count,

    /// <summary>A package holding a vendor-defined number of pieces (box, roll, spool).</summary>
    Package,

    /// <summary>Length (metre, foot).</summary>
    Length,

    /// <summary>Area (square metre).</summary>
    Area,

    /// <summary>Volume (litre, cubic metre).</summary>
    Volume,

    /// <summary>Mass (kilogram, pound).</summary>
    Mass,

    /// <summary>Time (hour), for services.</summary>
    Time,
}
