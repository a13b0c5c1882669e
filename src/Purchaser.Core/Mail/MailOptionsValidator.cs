using Microsoft.Extensions.Options;

namespace Purchaser.Mail;

/// <summary>Checks the data-annotation rules on <see cref="MailOptions"/> without reflection.</summary>
[OptionsValidator]
internal sealed partial class MailOptionsValidator : IValidateOptions<MailOptions>;
