using QuantumDsl.Analog;

// Devices that exist only in the test assembly, read through DeviceCatalog.FromAssembly.
[assembly: DeviceSpec("TestFixedLayouts", RydbergLevel = 60, MaxAtomNum = 10, MinAtomDistanceUm = 4, MaxRadialDistanceUm = 20,
    RequiresLayout = true, AcceptsNewLayouts = false)]
[assembly: ChannelSpec("TestFixedLayouts", "rydberg_global", MaxAmplitude = 10, MaxAbsDetuning = 10, ClockPeriodNs = 4, MinDurationNs = 16, MaxDurationNs = 1000)]
[assembly: DeviceSpec("TestCrampedLayout", RydbergLevel = 60, MaxAtomNum = 10, MinAtomDistanceUm = 5, MaxRadialDistanceUm = 6,
    RequiresLayout = true, AcceptsNewLayouts = true, MinLayoutTraps = 12)]
[assembly: ChannelSpec("TestCrampedLayout", "rydberg_global", MaxAmplitude = 10, MaxAbsDetuning = 10, ClockPeriodNs = 4, MinDurationNs = 16, MaxDurationNs = 1000)]
[assembly: DeviceSpec("TestXY", RydbergLevel = 60, Dimensions = 2, IsVirtual = true)]
[assembly: ChannelSpec("TestXY", "mw_global", Basis = "XY")]
[assembly: ChannelSpec("TestXY", "rydberg_global")]

namespace QuantumDsl.Tests.Analog
{
    internal static class TestDevices
    {
        public static DeviceCatalog Catalog { get; } = DeviceCatalog.FromAssembly(typeof(TestDevices).Assembly);
    }
}
