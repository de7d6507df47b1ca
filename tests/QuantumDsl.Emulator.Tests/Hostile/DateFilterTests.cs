using QuantumDsl.Emulator.Tests.Infrastructure;
using QuantumDsl.Testing;
using static QuantumDsl.Emulator.Tests.Hostile.Hostile;

namespace QuantumDsl.Emulator.Tests.Hostile;

/// <summary>Every date filter goes through one strict ISO-8601 parser: anything else is a 422 naming the field.</summary>
public sealed class DateFilterTests
{
    [Theory]
    [InlineData("1.5")]
    [InlineData("5/1/2023")]
    [InlineData("Jan 5 2023")]
    [InlineData("2023-1-5")]
    [InlineData("2023-01-01T25:00:00")]
    [InlineData("2023-01-01T00:00:00 +01:00")]
    public async Task Non_iso_dates_are_refused_on_every_filter(string value)
    {
        await using var server = await TestServer.StartAsync(o => o with { SimulatedLatency = TimeSpan.FromHours(1) });
        using var client = server.Client();
        var (_, created) = await client.SendAsync(HttpMethod.Post, $"{Api}/v1/batches", Sequences.Batch(jobs: 1));
        var batch = (string)created["data"]!["id"]!;
        var date = Uri.EscapeDataString(value);
        var calls = new (HttpMethod Method, string Path, string Field)[]
        {
            (HttpMethod.Get, $"{Api}/v2/jobs?start_date={date}", "start_date"),
            (HttpMethod.Get, $"{Api}/v1/batches?end_date={date}", "end_date"),
            (HttpMethod.Patch, $"{Api}/v2/batches/{batch}/cancel/jobs?start_date={date}", "start_date"),
            (HttpMethod.Post, $"{Api}/v1/batches/{batch}/rebatch?end_date={date}", "end_date"),
            (HttpMethod.Get, $"oqtant/api/users/alice/jobs?submit_start={date}", "submit_start"),
        };
        foreach (var (method, path, field) in calls)
        {
            var (status, body) = await client.SendAsync(method, path);
            Assert.True(status == 422, $"{method} {path}: {status} {body.ToJsonString()}");
            var text = body.ToJsonString();
            Assert.Contains($"\"query\",\"{field}\"", text);
            Assert.Contains("ISO-8601", text);
        }

        Assert.Equal(1, Rows(server, "pasqal_batches")); // the rebatch was refused, not run on a guessed date
    }

    [Theory]
    [InlineData("2023-01-01")]
    [InlineData("2023-01-01T00:00")]
    [InlineData("2023-01-01T00:00:00")]
    [InlineData("2023-01-01 00:00:00.123456")]
    [InlineData("2023-01-01T00:00:00Z")]
    [InlineData("2023-01-01T00:00:00+02:00")]
    public async Task Iso_dates_in_the_forms_the_sdks_send_are_accepted(string value)
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();
        var date = Uri.EscapeDataString(value);
        Assert.Equal(200, (await client.SendAsync(HttpMethod.Get, $"{Api}/v2/jobs?start_date={date}")).Status);
        Assert.Equal(200, (await client.SendAsync(HttpMethod.Get, $"oqtant/api/users/alice/jobs?submit_start={date}")).Status);
    }
}
