using System.Text.Json.Nodes;
using QuantumDsl.Emulator.Tests.Infrastructure;
using QuantumDsl.Testing;

namespace QuantumDsl.Emulator.Tests.Oqtant;

public sealed class OqtantSurfaceTests
{
    private static string Jobs(string user = "alice") => $"oqtant/api/users/{user}/jobs";

    private static bool Terminal(JsonNode job) => (string)job["status"]! is "COMPLETE" or "FAILED" or "INCOMPLETE" or "CANCELLED";

    [Fact]
    public async Task A_job_is_queued_run_input_by_input_and_read_one_run_at_a_time()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();
        var (status, created) = await client.SendAsync(HttpMethod.Post, Jobs(), MatterJobs.Bec(inputs: 3, notes: "first scan"));
        Assert.Equal(200, status);
        var id = (string)created["job_id"]!;
        Assert.True(Guid.TryParse(id, out _));
        Assert.Equal(1, (int)created["queue_position"]!);

        var done = await client.PollAsync($"{Jobs()}/{id}", Terminal, seconds: 120);
        Assert.Equal("COMPLETE", (string)done["status"]!);
        Assert.Empty(done["failed_inputs"]!.AsArray());
        Assert.Equal(3, (int)done["input_count"]!);
        Assert.Equal("BEC", (string)done["job_type"]!);
        Assert.Equal(id, (string)done["external_id"]!);
        Assert.NotNull(done["time_submit"]);
        Assert.NotNull(done["time_complete"]);
        var run1 = Assert.Single(done["inputs"]!.AsArray())!;
        Assert.Equal(1, (int)run1["run"]!);
        var output = run1["output"]!;
        Assert.Equal((int)run1["job_id"]!, (int)done["inputs"]![0]!["job_id"]!);
        Assert.NotNull(output["input_id"]);
        var tof = output["values"]!["tof_image"]!;
        Assert.Equal(100, (int)tof["rows"]!);
        Assert.Equal(100, (int)tof["columns"]!);
        Assert.Equal(100 * 100, tof["pixels"]!.AsArray().Count);
        Assert.True((int)output["values"]!["condensed_atom_number"]! > 0);
        Assert.True((int)output["values"]!["temperature_nk"]! > 0);
        Assert.Equal("first scan", (string)run1["notes"]!);

        var (_, second) = await client.SendAsync(HttpMethod.Get, $"{Jobs()}/{id}?run=2");
        var run2 = Assert.Single(second["inputs"]!.AsArray())!;
        Assert.Equal(2, (int)run2["run"]!);
        Assert.Equal(7.0, (double)run2["values"]!["time_of_flight_ms"]!);

        var (missing, body) = await client.SendAsync(HttpMethod.Get, $"{Jobs()}/{id}?run=4");
        Assert.Equal(404, missing);
        Assert.Contains("runs 1..3", (string)body["detail"]!);
        Assert.Equal(422, (await client.SendAsync(HttpMethod.Get, $"{Jobs()}/{id}?run=two")).Status);
    }

    [Fact]
    public async Task Jobs_run_fifo_and_each_job_s_inputs_back_to_back()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();
        var (_, a) = await client.SendAsync(HttpMethod.Post, Jobs(), MatterJobs.Bec("a", inputs: 3));
        var (_, b) = await client.SendAsync(HttpMethod.Post, Jobs(), MatterJobs.Bec("b", inputs: 2));
        Assert.Equal(2, (int)b["queue_position"]!); // a (three matter runs) is still queued or running
        var first = await client.PollAsync($"{Jobs()}/{(string)a["job_id"]!}", Terminal, seconds: 120);
        var second = await client.PollAsync($"{Jobs()}/{(string)b["job_id"]!}", Terminal, seconds: 120);
        Assert.True(DateTime.Parse((string)second["time_start"]!, System.Globalization.CultureInfo.InvariantCulture)
            >= DateTime.Parse((string)first["time_complete"]!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Search_filters_by_every_parameter()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();
        await client.SendAsync(HttpMethod.Post, Jobs(), MatterJobs.Bec("rf scan one", notes: "cold"));
        await client.SendAsync(HttpMethod.Post, Jobs(), MatterJobs.Bec("rf scan two", notes: "warm"));
        await client.SendAsync(HttpMethod.Post, Jobs(), MatterJobs.Bec("other"));
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        async Task<string[]> Names(string query)
        {
            var (status, page) = await client.SendAsync(HttpMethod.Get, $"{Jobs()}?{query}");
            Assert.Equal(200, status);
            return [.. page["items"]!.AsArray().Select(i => (string)i!["name"]!)];
        }

        Assert.Equal(["other", "rf scan two", "rf scan one"], await Names(""));
        Assert.Equal(["rf scan two", "rf scan one"], await Names("name=rf%20scan"));
        Assert.Equal(["rf scan one"], await Names("notes=COLD"));
        Assert.Equal(["other", "rf scan two"], await Names("limit=2"));
        Assert.Equal(3, (await Names($"job_type=BEC&submit_start={today}&submit_end={today}T23:00:00")).Length);
        Assert.Empty(await Names("job_type=BARRIER"));
        Assert.Empty(await Names("submit_start=2999-01-01"));
        Assert.Equal(422, (await client.SendAsync(HttpMethod.Get, $"{Jobs()}?job_type=LASER")).Status);
        Assert.Equal(422, (await client.SendAsync(HttpMethod.Get, $"{Jobs()}?limit=101")).Status);
        Assert.Equal(422, (await client.SendAsync(HttpMethod.Get, $"{Jobs()}?submit_end=soon")).Status);
    }

    [Fact]
    public async Task Cancel_and_delete()
    {
        await using var server = await TestServer.StartAsync(o => o with { SimulatedLatency = TimeSpan.FromSeconds(30) });
        using var client = server.Client();
        var (_, running) = await client.SendAsync(HttpMethod.Post, Jobs(), MatterJobs.Bec("running", inputs: 2));
        var (_, pending) = await client.SendAsync(HttpMethod.Post, Jobs(), MatterJobs.Bec("pending"));
        var runningId = (string)running["job_id"]!;
        var pendingId = (string)pending["job_id"]!;
        await client.PollAsync($"{Jobs()}/{runningId}", j => (string)j["status"]! == "RUNNING");

        Assert.Equal(200, (await client.SendAsync(HttpMethod.Put, $"{Jobs()}/{pendingId}/cancel")).Status);
        Assert.Equal(200, (await client.SendAsync(HttpMethod.Put, $"{Jobs()}/{runningId}/cancel")).Status);
        foreach (var id in new[] { runningId, pendingId })
        {
            var (_, job) = await client.SendAsync(HttpMethod.Get, $"{Jobs()}/{id}");
            Assert.Equal("CANCELLED", (string)job["status"]!);
        }

        Assert.Equal(400, (await client.SendAsync(HttpMethod.Put, $"{Jobs()}/{pendingId}/cancel")).Status);
        Assert.Equal(200, (await client.SendAsync(HttpMethod.Delete, $"{Jobs()}/{pendingId}")).Status);
        Assert.Equal(404, (await client.SendAsync(HttpMethod.Get, $"{Jobs()}/{pendingId}")).Status);
        Assert.Equal(404, (await client.SendAsync(HttpMethod.Put, $"{Jobs()}/{pendingId}/cancel")).Status);
        Assert.Equal(404, (await client.SendAsync(HttpMethod.Delete, $"{Jobs()}/{pendingId}")).Status);
        var (_, page) = await client.SendAsync(HttpMethod.Get, Jobs());
        Assert.Equal([runningId], page["items"]!.AsArray().Select(i => (string)i!["external_id"]!));
    }

    [Fact]
    public async Task Accounts_are_isolated_and_the_path_must_match_the_token()
    {
        await using var server = await TestServer.StartAsync();
        using var alice = server.Client(TestServer.Alice);
        using var bob = server.Client(TestServer.Bob);
        var (_, created) = await alice.SendAsync(HttpMethod.Post, Jobs("alice"), MatterJobs.Bec());
        var id = (string)created["job_id"]!;

        var (forbidden, body) = await bob.SendAsync(HttpMethod.Get, $"{Jobs("alice")}/{id}");
        Assert.Equal(403, forbidden);
        Assert.Contains("does not match", (string)body["detail"]!);
        Assert.Equal(404, (await bob.SendAsync(HttpMethod.Get, $"{Jobs("bob")}/{id}")).Status);
        Assert.Equal(404, (await bob.SendAsync(HttpMethod.Put, $"{Jobs("bob")}/{id}/cancel")).Status);
        Assert.Equal(404, (await bob.SendAsync(HttpMethod.Delete, $"{Jobs("bob")}/{id}")).Status);
        var (_, page) = await bob.SendAsync(HttpMethod.Get, Jobs("bob"));
        Assert.Empty(page["items"]!.AsArray());
        Assert.Equal(200, (await alice.SendAsync(HttpMethod.Get, $"{Jobs("alice")}/{id}")).Status);
    }

    [Fact]
    public async Task Idempotency_keys_and_daily_limits()
    {
        await using var server = await TestServer.StartAsync(o => o with { DailyJobLimit = 2 });
        using var client = server.Client();

        async Task<(int Status, JsonNode Body)> Submit(string? key)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, Jobs()) { Content = TestHttp.Json(MatterJobs.Bec()) };
            if (key is not null)
            {
                request.Headers.Add("Idempotency-Key", key);
            }

            using var response = await client.SendAsync(request);
            return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
        }

        var first = await Submit("k1");
        Assert.Equal((string)first.Body["job_id"]!, (string)(await Submit("k1")).Body["job_id"]!);
        var (_, limits) = await client.SendAsync(HttpMethod.Get, "oqtant/api/users/auth0%7Calice/job_limits"); // 0.16 kept the prefix
        Assert.Equal(2, (int)limits["daily_limit"]!);
        Assert.Equal(1, (int)limits["daily_remaining"]!);

        Assert.Equal(200, (await Submit(null)).Status);
        var (status, body) = await Submit(null);
        Assert.Equal(429, status);
        Assert.Contains("2 of 2 jobs used today", (string)body["detail"]!);
    }

    [Fact]
    public async Task Invalid_jobs_get_422_naming_every_field_and_limit()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();

        var tooMany = MatterJobs.Bec(inputs: 31);
        var (status, body) = await client.SendAsync(HttpMethod.Post, Jobs(), tooMany);
        Assert.Equal(422, status);
        Assert.Contains("30", body["detail"]!.ToJsonString());

        var bad = MatterJobs.Bec();
        bad["inputs"]![0]!["values"]!["time_of_flight_ms"] = 25.0;
        bad["inputs"]![0]!["values"]!["rf_evaporation"]!["powers_mw"]![1] = 5000.0;
        (status, body) = await client.SendAsync(HttpMethod.Post, Jobs(), bad);
        Assert.Equal(422, status);
        var locations = body["detail"]!.AsArray().Select(d => string.Join(".", d!["loc"]!.AsArray().Select(l => l!.ToString()))).ToList();
        Assert.Contains("body.inputs.0.values.time_of_flight_ms", locations);
        Assert.Contains("body.inputs.0.values.rf_evaporation.powers_mw.1", locations);

        var enumBad = MatterJobs.Bec();
        enumBad["inputs"]![0]!["values"]!["image_type"] = "XRAY";
        (status, body) = await client.SendAsync(HttpMethod.Post, Jobs(), enumBad);
        Assert.Equal(422, status);
        Assert.Contains("TIME_OF_FLIGHT", body["detail"]!.ToJsonString());

        using var malformed = new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(Jobs(), malformed);
        Assert.Equal(422, (int)response.StatusCode);
        Assert.Contains("malformed JSON", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_in_trap_barrier_job_returns_the_in_trap_image()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();
        var (status, created) = await client.SendAsync(HttpMethod.Post, Jobs(), BarrierJobs.InTrap());
        Assert.True(status == 200, created.ToJsonString());
        var done = await client.PollAsync($"{Jobs()}/{(string)created["job_id"]!}", Terminal, seconds: 120);
        Assert.Equal("COMPLETE", (string)done["status"]!);
        Assert.Equal("BARRIER", (string)done["job_type"]!);
        var plot = done["inputs"]![0]!["output"]!["values"]!["it_plot"]!;
        Assert.True((int)plot["rows"]! > 0 && (int)plot["columns"]! > 0);
        Assert.NotEmpty(plot["pixels"]!.AsArray());
    }
}
