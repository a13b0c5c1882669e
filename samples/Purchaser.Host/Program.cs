using Purchaser.Host;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddPurchaser(builder.Configuration.GetSection("Purchaser"))
    .UseConfiguredStorage(builder.Configuration)
    .AddWebhooks(builder.Configuration.GetSection("Purchaser:Webhooks"))
    .AddQuoteIngestion()
    .AddRfqMail(builder.Configuration.GetSection("Purchaser:Mail"))
    .UseConfiguredMail(builder.Configuration)
    .AddRestApi();

var app = builder.Build();

app.UseExceptionHandler();
app.UseAuthentication();
app.UseAuthorization();
app.MapPurchaserApi();
app.MapPurchaserHealthChecks();
app.MapPurchaserUi();
app.MapOpenApi();
app.MapScalarApiReference("/docs");
app.MapGet("/", () => Results.Redirect("/docs")).ExcludeFromDescription();
app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));

app.Run();

/// <summary>The host's entry point, visible to integration tests.</summary>
public partial class Program;
