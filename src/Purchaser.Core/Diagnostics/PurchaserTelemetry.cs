using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Purchaser.Diagnostics;

/// <summary>The <see cref="ActivitySource"/> and <see cref="Meter"/> named <c>Purchaser</c>; subscribe to that name in OpenTelemetry.</summary>
public sealed class PurchaserTelemetry : IDisposable
{
    /// <summary>The name of the activity source and the meter.</summary>
    public const string Name = "Purchaser";

    private readonly Meter _meter;

    /// <summary>Creates the meter through the host's meter factory.</summary>
    public PurchaserTelemetry(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _meter = meterFactory.Create(Name);
        RfqTransitions = _meter.CreateCounter<long>("purchaser.rfq.transitions", unit: "{transition}", description: "RFQ state changes, tagged with the event type.");
        QuotesRecorded = _meter.CreateCounter<long>("purchaser.quotes.recorded", unit: "{revision}", description: "Quote revisions stored, tagged with source and status.");
    }

    /// <summary>Spans around sourcing operations.</summary>
    public static ActivitySource ActivitySource { get; } = new(Name);

    /// <summary>Counts RFQ state changes.</summary>
    public Counter<long> RfqTransitions { get; }

    /// <summary>Counts stored quote revisions.</summary>
    public Counter<long> QuotesRecorded { get; }

    /// <inheritdoc />
    public void Dispose() => _meter.Dispose();
}
