using Microsoft.Extensions.DependencyInjection.Extensions;
using Purchaser.Quotes;
using Purchaser.Quotes.Inbound;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds quote ingestion: the quote parser and the inbound mail pipeline.</summary>
public static class QuotesPurchaserBuilderExtensions
{
    /// <summary>
    /// Adds the parser (with its built-in extractors, or those registered before) and <see cref="InboundMailProcessor"/>.
    /// The parser's message size, MIME depth and attachment size follow the inbound limits (<c>Purchaser:Mail:Inbound</c>),
    /// so what the mailbox takes in is read in full; <paramref name="configure"/> can still set any bound apart.
    /// </summary>
    public static PurchaserBuilder AddQuoteIngestion(this PurchaserBuilder builder, Action<QuoteParserOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(sp =>
        {
            var options = new QuoteParserOptions();
            if (sp.GetService<Microsoft.Extensions.Options.IOptions<Purchaser.Mail.MailOptions>>()?.Value.Inbound is { } inbound)
            {
                options.Follow(inbound);
            }

            configure?.Invoke(options);
            var extra = sp.GetServices<IQuoteExtractor>().ToList();
            return new QuoteParser(extra.Count == 0 ? null : [.. QuoteParser.DefaultExtractors(), .. extra], options);
        });
        builder.Services.TryAddScoped<InboundMailProcessor>();
        builder.Services.TryAddScoped<Purchaser.Mail.IInboundMailSink>(sp => sp.GetRequiredService<InboundMailProcessor>());
        return builder;
    }

    /// <summary>
    /// Mails RFQs to vendors: publishing queues one invitation per vendor (text, HTML, the response template and its CSV),
    /// sent by the mail dispatcher through the registered <c>IMailSender</c>. Options come from <paramref name="configuration"/> (<c>Purchaser:Mail</c>).
    /// </summary>
    public static PurchaserBuilder AddRfqMail(this PurchaserBuilder builder, Microsoft.Extensions.Configuration.IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddMailDelivery(configuration);
        builder.Services.TryAddSingleton<Purchaser.Mail.IRfqMailComposer, Purchaser.Quotes.Outbound.RfqMailComposer>();
        return builder;
    }
}
