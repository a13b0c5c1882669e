using System.Text.Json;
using Purchaser.Contracts;
using Purchaser.Domain;

namespace Purchaser.Cli;

/// <summary>Reads an RFQ file (the <c>CreateRfqRequest</c> shape) into a domain <see cref="Rfq"/>.</summary>
internal static class RfqFile
{
    public static async Task<(Rfq? Rfq, string? Error)> ReadAsync(string path, CancellationToken cancellationToken)
    {
        CreateRfqRequest? request;
        try
        {
            await using var stream = File.OpenRead(path);
            request = await JsonSerializer.DeserializeAsync(stream, CliJsonContext.Default.CreateRfqRequest, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return (null, $"cannot read RFQ {path}: {ex.Message}");
        }

        return request is null ? (null, $"RFQ {path} is empty") : ToRfq(request, path);
    }

    public static (Rfq? Rfq, string? Error) ToRfq(CreateRfqRequest request, string path)
    {
        if (!CurrencyCode.TryParse(request.Currency, null, out var currency))
        {
            return (null, $"RFQ {path}: currency '{request.Currency}' is not an ISO 4217 code");
        }

        if (request.Lines is not { Count: > 0 } lineDtos)
        {
            return (null, $"RFQ {path} has no lines");
        }

        var lines = new List<RfqLine>();
        foreach (var dto in lineDtos)
        {
            if (dto is null || dto.LineNumber < 1 || string.IsNullOrWhiteSpace(dto.PartNumber) || dto.Quantity <= 0 || !UnitOfMeasure.TryParse(dto.Unit, null, out var unit))
            {
                return (null, $"RFQ {path}: line {dto?.LineNumber} needs a line number, part number, positive quantity and known unit");
            }

            if (lines.Any(l => l.LineNumber == dto.LineNumber))
            {
                return (null, $"RFQ {path}: line {dto.LineNumber} appears twice");
            }

            lines.Add(new RfqLine(dto.LineNumber, dto.PartNumber.Trim(), dto.Description?.Trim(), dto.Quantity, unit, dto.NeedBy));
        }

        var now = DateTimeOffset.UtcNow;
        return (new Rfq
        {
            Id = Id<Rfq>.New(),
            TenantId = Id<Tenant>.New(),
            Number = request.Reference ?? Path.GetFileNameWithoutExtension(path),
            Reference = request.Reference,
            Title = request.Title ?? request.Reference ?? string.Empty,
            Currency = currency,
            ResponseDueAt = request.ResponseDueAt,
            Status = RfqStatus.Published,
            Lines = [.. lines.OrderBy(l => l.LineNumber)],
            CreatedAt = now,
            UpdatedAt = now,
        }, null);
    }
}
