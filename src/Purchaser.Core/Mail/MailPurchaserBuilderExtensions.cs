using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Purchaser.Mail;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the durable outbound mail queue. A composer (<c>AddRfqMail()</c>) and a sender (<c>UseMailKit()</c> or <c>UseMailDirectory()</c>) complete it.</summary>
public static class MailPurchaserBuilderExtensions
{
    /// <summary>Adds <see cref="MailOptions"/> validated at start and the hosted dispatcher that sends queued mail.</summary>
    public static PurchaserBuilder AddMailDelivery(this PurchaserBuilder builder, IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Services.AddOptions<MailOptions>().ValidateOnStart();
        if (configuration is not null)
        {
            options.Bind(configuration);
        }

        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MailOptions>, MailOptionsValidator>());
        if (!builder.Services.Any(d => d.ImplementationType == typeof(MailDispatcher)))
        {
            builder.Services.AddHostedService<MailDispatcher>();
        }

        return builder;
    }

    /// <summary>
    /// The zero-configuration mail drop for demos: outgoing mail is written as <c>.eml</c> files to <c>outbox/</c> under
    /// <paramref name="directory"/>, and <c>.eml</c> files dropped into its <c>inbox/</c> are read as vendor replies.
    /// </summary>
    public static PurchaserBuilder UseMailDirectory(this PurchaserBuilder builder, string directory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var root = Path.GetFullPath(directory);
        builder.Services.Replace(ServiceDescriptor.Singleton<IMailSender>(new DirectoryMailSender(Path.Combine(root, "outbox"))));
        builder.Services.AddSingleton(new DirectoryMailDropOptions(Path.Combine(root, "inbox")));
        builder.Services.AddHostedService<DirectoryMailDrop>();
        return builder;
    }
}
