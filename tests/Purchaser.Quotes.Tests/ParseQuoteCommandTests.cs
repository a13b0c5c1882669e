using System.Text.Json;
using Purchaser.Cli;

namespace Purchaser.Quotes.Tests;

public class ParseQuoteCommandTests
{
    [Fact]
    public async Task Prints_one_object_per_file_in_input_order()
    {
        var dir = TestFiles.SharedSamples();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await CliApp.RunAsync(["parse-quote", "--rfq", Path.Combine(dir, "rfq-sample.json"), Path.Combine(dir, "s07.eml"), Path.Combine(dir, "s01.eml")], stdout, stderr);

        Assert.Equal(0, exit);
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("s07.eml", first.RootElement.GetProperty("file").GetString());
        Assert.Equal("file", first.RootElement.EnumerateObject().First().Name);
        Assert.Equal("no-bid", first.RootElement.GetProperty("status").GetString());
        Assert.Equal("s01.eml", second.RootElement.GetProperty("file").GetString());
        Assert.Equal("2026-08-01", second.RootElement.GetProperty("validUntil").GetString());
        Assert.Equal(0.184m, second.RootElement.GetProperty("lines")[0].GetProperty("unitPrice").GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task Missing_eml_is_reported_as_unparseable_with_exit_1()
    {
        var dir = TestFiles.SharedSamples();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await ParseQuoteCommand.RunAsync(["--rfq", Path.Combine(dir, "rfq-sample.json"), "/nonexistent/x.eml", Path.Combine(dir, "s02.eml")], stdout, stderr);

        Assert.Equal(1, exit);
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("x.eml", first.RootElement.GetProperty("file").GetString());
        Assert.Equal("unparseable", first.RootElement.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(first.RootElement.GetProperty("reason").GetString()));
    }

    [Theory]
    [InlineData]
    [InlineData("--rfq")]
    [InlineData("--rfq", "/nonexistent/rfq.json", "a.eml")]
    [InlineData("a.eml")]
    [InlineData("--bogus", "a.eml")]
    public async Task Bad_arguments_exit_2_with_a_message(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await ParseQuoteCommand.RunAsync(args, stdout, stderr);

        Assert.Equal(2, exit);
        Assert.Empty(stdout.ToString());
        Assert.NotEmpty(stderr.ToString());
    }
}
