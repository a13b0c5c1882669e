using System.Reflection;
using PublicApiGenerator;

namespace Purchaser.PublicApi.Tests;

/// <summary>
/// Each package's public API must equal its approved file in <c>Approved/</c>. A change writes <c>*.received.txt</c>
/// beside it and fails; review the diff, then run the tests with <c>PURCHASER_APPROVE_API=1</c> to accept it.
/// </summary>
public sealed class PublicApiApprovalTests
{
    /// <summary>Each package with the name of its assembly (the CLI's assembly is named after its command).</summary>
    public static TheoryData<string, string> Packages => new()
    {
        { "Purchaser.Core", "Purchaser.Core" },
        { "Purchaser.Contracts", "Purchaser.Contracts" },
        { "Purchaser.Storage.Sqlite", "Purchaser.Storage.Sqlite" },
        { "Purchaser.Storage.PostgreSql", "Purchaser.Storage.PostgreSql" },
        { "Purchaser.AspNetCore", "Purchaser.AspNetCore" },
        { "Purchaser.Client", "Purchaser.Client" },
        { "Purchaser.Webhooks", "Purchaser.Webhooks" },
        { "Purchaser.Quotes", "Purchaser.Quotes" },
        { "Purchaser.Email.MailKit", "Purchaser.Email.MailKit" },
        { "Purchaser.Cli", "purchaser" },
    };

    [Theory]
    [MemberData(nameof(Packages))]
    public void The_public_api_is_approved(string package, string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);
        var api = assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false, DenyNamespacePrefixes = [] }).ReplaceLineEndings("\n");
        var approvedPath = Path.Combine(ApprovedDirectory(), $"{package}.approved.txt");
        var receivedPath = Path.ChangeExtension(approvedPath, ".received.txt");

        if (Environment.GetEnvironmentVariable("PURCHASER_APPROVE_API") == "1")
        {
            File.WriteAllText(approvedPath, api);
        }

        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;
        if (approved == api)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, api);
        Assert.Fail($"The public API of {package} changed. Compare {receivedPath} with {approvedPath}; if the change is deliberate, run the tests with PURCHASER_APPROVE_API=1.\nFirst difference:\n{FirstDifference(approved, api)}");
    }

    private static string FirstDifference(string approved, string received)
    {
        var a = approved.Split('\n');
        var r = received.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, r.Length); i++)
        {
            var left = i < a.Length ? a[i] : "<end>";
            var right = i < r.Length ? r[i] : "<end>";
            if (left != right)
            {
                return $"line {i + 1}\n  approved: {left}\n  received: {right}";
            }
        }

        return "(none)";
    }

    /// <summary>The source folder of the approved files, found from the test binaries (CI builds map source paths away).</summary>
    private static string ApprovedDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Purchaser.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "Purchaser.PublicApi.Tests", "Approved");
            }
        }

        throw new DirectoryNotFoundException($"No Purchaser.sln above {AppContext.BaseDirectory}.");
    }
}
