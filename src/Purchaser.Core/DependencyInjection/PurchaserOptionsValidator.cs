using Microsoft.Extensions.Options;
using Purchaser;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Checks the data-annotation rules on <see cref="PurchaserOptions"/> without reflection.</summary>
[OptionsValidator]
internal sealed partial class PurchaserOptionsValidator : IValidateOptions<PurchaserOptions>;
