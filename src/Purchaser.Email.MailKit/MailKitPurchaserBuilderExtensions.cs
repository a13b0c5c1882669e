using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Purchaser.Email.MailKit;
using Purchaser.Mail;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Chooses the customer's own mailbox, over SMTP and IMAP with MailKit, as the way mail goes out and replies come in.</summary>
public static class MailKitPurchaserBuilderExtensions
{
    /// <summary>
    /// Sends through the SMTP server (<see cref="IMailSender"/>) and, when an IMAP host is set, reads the mailbox in a
    /// hosted service, handing each new message to <see cref="IInboundMailSink"/>. Options are checked at start.
    /// </summary>
    public static PurchaserBuilder UseMailKit(this PurchaserBuilder builder, Action<MailKitOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var services = builder.Services;
        services.AddOptions<MailKitOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MailKitOptions>, MailKitOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.Replace(ServiceDescriptor.Singleton<IMailSender, MailKitMailSender>());
        services.AddHostedService<ImapMailboxReader>();
        return builder;
    }

    /// <summary>Like <see cref="UseMailKit(PurchaserBuilder, Action{MailKitOptions})"/>, with options bound from <paramref name="configuration"/> (<c>Purchaser:Mail</c>: <c>Smtp</c> and <c>Imap</c>).</summary>
    public static PurchaserBuilder UseMailKit(this PurchaserBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        builder.UseMailKit(_ => { });
        builder.Services.AddOptions<MailKitOptions>().Bind(configuration);
        return builder;
    }
}
