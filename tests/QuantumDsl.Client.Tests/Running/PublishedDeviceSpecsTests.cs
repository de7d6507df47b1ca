using QuantumDsl.Analog;
using QuantumDsl.Client.Pasqal;
using QuantumDsl.Client.Tests.Support;

// A Fresnel as an older compiled catalog described it: wider detuning, no EOM. The service (the emulator) publishes
// today's Fresnel, so a sweep built on this device drifts from the published specs.
[assembly: DeviceSpec("OldFresnel", CloudDeviceType = "FRESNEL", Dimensions = 2, RydbergLevel = 60, MaxAtomNum = 80,
    MinAtomDistanceUm = 5, MaxRadialDistanceUm = 38, MaxSequenceDurationNs = 6000, MaxRuns = 500, RequiresLayout = true,
    AcceptsNewLayouts = true, MaxLayoutFilling = 0.5, OptimalLayoutFilling = 0.45, MinLayoutTraps = 10, MaxLayoutTraps = 200)]
[assembly: ChannelSpec("OldFresnel", "rydberg_global", MaxAmplitude = 12.566370614359172, MinAverageAmplitude = 0.5654866776461628,
    MaxAbsDetuning = 125.66370614359172, ClockPeriodNs = 4, MinDurationNs = 16, MaxDurationNs = 6000, ModBandwidthMHz = 8)]

namespace QuantumDsl.Client.Tests.Running
{
    /// <summary>An analog sweep checked against the device specs the service publishes (against the real emulator).</summary>
    public sealed class PublishedDeviceSpecsTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
    {
        private static readonly DeviceCatalog TestCatalog = DeviceCatalog.FromAssembly(typeof(PublishedDeviceSpecsTests).Assembly);

        [Fact]
        public async Task The_service_publishes_typed_devices_and_their_raw_json()
        {
            using var client = PasqalClient.Create(emulator.PasqalOptions());
            var devices = await client.GetDeviceSpecsAsync();
            var raw = await client.GetDeviceSpecsJsonAsync();
            Assert.Equal(raw.Keys.Order(StringComparer.Ordinal), devices.Keys);
            Assert.Empty(DeviceDifference.Between(DeviceCatalog.Default.Get("Fresnel"), devices["FRESNEL"]));
            Assert.Equal("FRESNEL", devices["FRESNEL"].CloudDeviceType);
            Assert.Equal(DeviceCatalog.Default.Get("Fresnel").ToAbstractRepr(), raw["FRESNEL"]);
        }

        [Fact]
        public async Task A_sweep_on_a_drifted_device_warns_and_fails_the_points_the_published_device_refuses()
        {
            var logs = new LogCollector();
            using var pasqal = PasqalClient.Create(emulator.PasqalOptions(), logs.For<PasqalClient>());
            var sequence = Sequence("OldFresnel", TestCatalog);
            IReadOnlyList<DetuningPoint> sweep = [new(sequence, 10), new(sequence, 60)];
            Assert.All(sweep, p => Assert.Empty(p.Validate())); // both fit the compiled device

            var updates = new List<SweepUpdate<DetuningPoint, AnalogPointOutput>>();
            await foreach (var update in sweep.WatchAsync(pasqal, Options()))
            {
                updates.Add(update);
            }

            var drift = Assert.Single(updates, u => u.Status == "DEVICE_SPECS_DRIFT");
            Assert.Contains("channels[0].max_abs_detuning: 125.66370614359172 → 48.69468613064179", drift.Message, StringComparison.Ordinal);
            Assert.Contains("channels[0].eom_config", drift.Message, StringComparison.Ordinal);
            var logged = Assert.Single(logs.Named("DeviceSpecsDrift"));
            Assert.Equal("FRESNEL", logged["DeviceType"]);
            Assert.Equal("OldFresnel", logged["Device"]);

            var points = updates.Where(u => u.Point is not null).Select(u => u.Point!).OrderBy(p => p.Index).ToList();
            Assert.Equal(2, points.Count);
            Assert.True(points[0].Succeeded, points[0].Failure?.Reason);
            Assert.StartsWith("invalid on the published FRESNEL specs: ", points[1].Failure!.Reason, StringComparison.Ordinal);
            Assert.Contains("48.69", points[1].Failure!.Reason, StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_sweep_on_the_catalog_device_matches_the_published_specs()
        {
            var logs = new LogCollector();
            using var pasqal = PasqalClient.Create(emulator.PasqalOptions(), logs.For<PasqalClient>());
            var sequence = Sequence("Fresnel", DeviceCatalog.Default);
            IReadOnlyList<DetuningPoint> sweep = [new(sequence, 10), new(sequence, 20)];
            var results = await sweep.RunAsync(pasqal, Options());
            Assert.All(results, r => Assert.True(r.Succeeded, r.Failure?.Reason));
            Assert.Empty(logs.Named("DeviceSpecsDrift"));
            Assert.Empty(logs.Named("DeviceSpecsMissing"));
        }

        [Fact]
        public async Task A_device_the_service_does_not_publish_is_reported_and_checked_against_the_catalog_only()
        {
            var logs = new LogCollector();
            using var pasqal = PasqalClient.Create(emulator.PasqalOptions(), logs.For<PasqalClient>());
            var sequence = Sequence("Fresnel", DeviceCatalog.Default);
            IReadOnlyList<DetuningPoint> sweep = [new(sequence, 10)];
            var updates = new List<SweepUpdate<DetuningPoint, AnalogPointOutput>>();
            await foreach (var update in sweep.WatchAsync(pasqal, Options() with { PasqalDeviceType = PasqalDeviceTypes.EmuMps }))
            {
                updates.Add(update);
            }

            var missing = Assert.Single(updates, u => u.Status == "DEVICE_SPECS_MISSING");
            Assert.Contains("no specs for EMU_MPS", missing.Message, StringComparison.Ordinal);
            Assert.Single(logs.Named("DeviceSpecsMissing"));
            Assert.True(updates.Single(u => u.Point is not null).Point!.Succeeded);
        }

        private SweepRunOptions Options() => new()
        {
            JournalDirectory = emulator.JournalDirectory,
            RunName = Guid.NewGuid().ToString("N"),
            CheckPublishedDeviceSpecs = true,
        };

        private static AnalogSequence Sequence(string device, DeviceCatalog catalog)
        {
            var detuning = Variable.Float("delta");
            return new SequenceBuilder(device, catalog)
                .DeclareVariable(detuning)
                .Register(Register.Line(2, 8))
                .Channel("ryd", Channels.RydbergGlobal)
                .Add(Pulse.Constant(200, 2.0, detuning), "ryd")
                .Measure(Basis.GroundRydberg)
                .Build();
        }

        /// <summary>One point: the shared sequence with its detuning.</summary>
        public sealed class DetuningPoint(AnalogSequence sequence, double delta) : IAnalogExperiment
        {
            public AnalogSequence Sequence { get; } = sequence;

            public IReadOnlyDictionary<string, double> Variables { get; } = new Dictionary<string, double> { ["delta"] = delta };

            public int Runs => 50;

            public IReadOnlyList<Violation> Validate() => Sequence.Validate(Variables, Runs);
        }
    }
}
