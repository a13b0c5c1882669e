using Microsoft.Extensions.DependencyInjection.Extensions;
using Purchaser.Quotes;
using Purchaser.Quotes.Inbound;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds quote ingestion: the quote parser and the inbound mail pipeline.</summary>
public static class QuotesPurchaserBuilderExtensions
{
    /// <summary>Adds the parser (with its built-in extractors, or those registered before) and <see cref="InboundMailProcessor"/>.</summary>
    public static PurchaserBuilder AddQuoteIngestion(this PurchaserBuilder builder, Action<QuoteParserOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new QuoteParserOptions();
        configure?.Invoke(options);
        builder.Services.TryAddSingleton(sp =>
        {
            var extra = sp.GetServices<IQuoteExtractor>().ToList();
            return new QuoteParser(extra.Count == 0 ? null : [.. QuoteParser.DefaultExtractors(), .. extra], options);
        });
        builder.Services.TryAddScoped<InboundMailProcessor>();
        builder.Services.TryAddScoped<Purchaser.Mail.IInboundMailSink>(sp => sp.GetRequiredService<InboundMailProcessor>());
        return builder;
    }
}
