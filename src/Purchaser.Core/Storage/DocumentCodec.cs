using System.Text.Json;
using Purchaser.Contracts;
using Purchaser.Domain;
using Purchaser.Services;

namespace Purchaser.Storage;

/// <summary>
/// The JSON form in which stores keep nested values (an award, a normalized quote, an actor, vendor contacts).
/// It is the wire contract's form, so every store reads and writes the same documents.
/// </summary>
public static class DocumentCodec
{
    private static readonly PurchaserJsonContext Json = PurchaserJsonContext.Default;

    /// <summary>An award as JSON.</summary>
    public static string Write(Award award) => JsonSerializer.Serialize(award.ToDto(), Json.AwardDto);

    /// <summary>An award from JSON written by <see cref="Write(Award)"/>.</summary>
    public static Award ReadAward(string json)
    {
        var dto = JsonSerializer.Deserialize(json, Json.AwardDto) ?? throw new FormatException("Empty award document.");
        var mode = Enum<AwardMode>(dto.Mode);
        return new Award(
            mode,
            [.. dto.Lines.Select(l => new AwardedLine(l.LineNumber, new Id<Vendor>(l.VendorId), new Id<QuoteRevision>(l.QuoteRevisionId), ToMoney(l.UnitPrice), l.Quantity))],
            ToActor(dto.AwardedBy),
            dto.AwardedAt);
    }

    /// <summary>A normalized quote as JSON.</summary>
    public static string Write(NormalizedQuote quote) => JsonSerializer.Serialize(quote.ToDto(), Json.NormalizedQuoteDto);

    /// <summary>A normalized quote from JSON written by <see cref="Write(NormalizedQuote)"/>.</summary>
    public static NormalizedQuote ReadQuote(string json)
    {
        var dto = JsonSerializer.Deserialize(json, Json.NormalizedQuoteDto) ?? throw new FormatException("Empty quote document.");
        var status = Enum<QuoteStatus>(dto.Status);
        return new NormalizedQuote
        {
            VendorEmail = dto.VendorEmail,
            Status = status,
            Currency = dto.Currency is null ? null : CurrencyCode.Parse(dto.Currency),
            ValidUntil = dto.ValidUntil,
            Incoterms = dto.Incoterms,
            Lines = [.. dto.Lines.Select(l => new QuotedLine
            {
                LineNumber = l.LineNumber,
                NoBid = l.NoBid,
                UnitPrice = l.UnitPrice is null ? null : ToMoney(l.UnitPrice),
                Quantity = l.Quantity,
                LeadTimeDays = l.LeadTimeDays,
                Moq = l.Moq,
                PriceBreaks = [.. l.PriceBreaks.Select(b => new PriceBreak(b.MinQuantity, ToMoney(b.UnitPrice)))],
                AlternatePartNumber = l.AlternatePartNumber,
                Notes = l.Notes,
                Confidence = l.Confidence,
                Sources = (l.Sources ?? new Dictionary<string, SourceSpanDto>()).ToDictionary(s => s.Key, s => new SourceSpan(s.Value.Part, s.Value.Text), StringComparer.Ordinal),
            })],
            Deviations = [.. dto.Deviations.Select(d => new QuoteDeviation(d.LineNumber, d.Kind, d.Detail))],
            Classification = dto.Classification is null ? null : Enum<QuoteClassification>(dto.Classification),
        };
    }

    /// <summary>An actor as JSON.</summary>
    public static string Write(Actor actor) => JsonSerializer.Serialize(actor.ToDto(), Json.ActorDto);

    /// <summary>An actor from JSON.</summary>
    public static Actor ReadActor(string json) =>
        ToActor(JsonSerializer.Deserialize(json, Json.ActorDto) ?? throw new FormatException("Empty actor document."));

    /// <summary>Vendor contacts as JSON.</summary>
    public static string Write(IReadOnlyList<VendorContact> contacts) =>
        JsonSerializer.Serialize<IReadOnlyList<VendorContactDto>>([.. contacts.Select(c => new VendorContactDto(c.Name, c.Email))], Json.IReadOnlyListVendorContactDto);

    /// <summary>Vendor contacts from JSON.</summary>
    public static IReadOnlyList<VendorContact> ReadContacts(string json) =>
        [.. (JsonSerializer.Deserialize(json, Json.IReadOnlyListVendorContactDto) ?? []).Select(c => new VendorContact(c.Name, c.Email ?? string.Empty))];

    /// <summary>Webhook signing secrets (already protected) as JSON.</summary>
    public static string Write(IReadOnlyList<WebhookSigningSecret> secrets) => JsonSerializer.Serialize(secrets, StorageJsonContext.Default.IReadOnlyListWebhookSigningSecret);

    /// <summary>Webhook signing secrets from JSON.</summary>
    public static IReadOnlyList<WebhookSigningSecret> ReadSecrets(string json) => JsonSerializer.Deserialize(json, StorageJsonContext.Default.IReadOnlyListWebhookSigningSecret) ?? [];

    /// <summary>A list of strings (event types) as JSON; null stays null.</summary>
    public static string? WriteStrings(IReadOnlyList<string>? values) => values is null ? null : JsonSerializer.Serialize(values, StorageJsonContext.Default.IReadOnlyListString);

    /// <summary>A list of strings from JSON; null stays null.</summary>
    public static IReadOnlyList<string>? ReadStrings(string? json) => json is null ? null : JsonSerializer.Deserialize(json, StorageJsonContext.Default.IReadOnlyListString);

    private static TEnum Enum<TEnum>(string word)
        where TEnum : struct, Enum =>
        WireName.TryParse<TEnum>(word, out var value) ? value : throw new FormatException($"'{word}' is not a {typeof(TEnum).Name}.");

    private static Money ToMoney(MoneyDto dto) => new(dto.Amount, CurrencyCode.Parse(dto.Currency));

    private static Actor ToActor(ActorDto dto) => new(dto.Kind, dto.Id, dto.Name);
}
