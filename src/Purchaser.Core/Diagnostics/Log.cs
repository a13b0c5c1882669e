using Microsoft.Extensions.Logging;

namespace Purchaser.Diagnostics;

/// <summary>Source-generated log messages of the core services.</summary>
internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Information, "RFQ {RfqNumber} ({RfqId}) {EventType} by {Actor}")]
    public static partial void RfqChanged(ILogger logger, string rfqNumber, Guid rfqId, string eventType, string actor);

    [LoggerMessage(1002, LogLevel.Information, "Quote revision {Revision} from vendor {VendorId} stored for RFQ {RfqNumber} ({Status})")]
    public static partial void QuoteRecorded(ILogger logger, int revision, Guid vendorId, string rfqNumber, string status);

    [LoggerMessage(1003, LogLevel.Information, "Closed {Count} RFQ(s) whose response due time passed")]
    public static partial void ClosedPastDue(ILogger logger, int count);

    [LoggerMessage(1004, LogLevel.Warning, "Closing past-due RFQs failed; will retry")]
    public static partial void ClosePastDueFailed(ILogger logger, Exception exception);

    [LoggerMessage(1005, LogLevel.Warning, "Created tenant {TenantName} ({TenantId}) with API key {ApiKey}. Store it now: it is shown only once.")]
    public static partial void BootstrapKeyCreated(ILogger logger, string tenantName, Guid tenantId, string apiKey);

    [LoggerMessage(1006, LogLevel.Information, "Seeded tenant {TenantName} ({TenantId}) with the configured API key")]
    public static partial void BootstrapKeySeeded(ILogger logger, string tenantName, Guid tenantId);

    [LoggerMessage(1007, LogLevel.Debug, "RFQ {RfqId} changed concurrently; retrying ({Attempt})")]
    public static partial void RetryingAfterConflict(ILogger logger, Guid rfqId, int attempt);

    [LoggerMessage(1008, LogLevel.Information, "Holding lease {Lease} as {Owner}; its work runs on this host")]
    public static partial void LeaseAcquired(ILogger logger, string lease, string owner);

    [LoggerMessage(1009, LogLevel.Information, "Lease {Lease} is held by another host; this host waits and tries again")]
    public static partial void LeaseHeldElsewhere(ILogger logger, string lease);

    [LoggerMessage(1010, LogLevel.Warning, "Lease {Lease} could not be checked or renewed; its work stops when the lease may have expired")]
    public static partial void LeaseRenewFailed(ILogger logger, Exception exception, string lease);

    [LoggerMessage(1011, LogLevel.Warning, "Lease {Lease} was lost or not renewed in time; its work stopped on this host")]
    public static partial void LeaseLost(ILogger logger, string lease);

    [LoggerMessage(1012, LogLevel.Information, "Released lease {Lease}")]
    public static partial void LeaseReleased(ILogger logger, string lease);

    [LoggerMessage(1013, LogLevel.Error, "The work under lease {Lease} failed")]
    public static partial void LeasedWorkFailed(ILogger logger, Exception exception, string lease);

    [LoggerMessage(1014, LogLevel.Information, "Forgot {Count} Idempotency-Key response(s) past their retention")]
    public static partial void PurgedIdempotencyKeys(ILogger logger, int count);

    [LoggerMessage(1015, LogLevel.Warning, "Purging old Idempotency-Key responses failed; will retry")]
    public static partial void PurgeIdempotencyKeysFailed(ILogger logger, Exception exception);
}
