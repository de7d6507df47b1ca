using QuantumDsl.Analog;
using QuantumDsl.Emulator.Pasqal;

[assembly: DeviceSpec("TinyFresnel", CloudDeviceType = "FRESNEL", RydbergLevel = 60, MaxAtomNum = 12, MaxRuns = 30,
    MinAtomDistanceUm = 5, MaxRadialDistanceUm = 38)]
[assembly: ChannelSpec("TinyFresnel", "rydberg_global", MaxAmplitude = 12.566370614359172, MaxAbsDetuning = 48.69468613064179)]

namespace QuantumDsl.Emulator.Tests.Pasqal
{
    /// <summary>The emulator's device-type limits come from the device catalog, not from a copy.</summary>
    public sealed class DeviceTypeLimitsTests
    {
        [Fact]
        public void Qpu_types_take_the_fresnel_limits_of_the_catalog()
        {
            var fresnel = DeviceCatalog.Default.Get("Fresnel");
            foreach (var name in new[] { "FRESNEL", "FRESNEL_CAN1", "EMU_FRESNEL" })
            {
                var type = PasqalDeviceType.Find(name)!;
                Assert.Equal((fresnel.MaxAtomNum, fresnel.MaxRuns), (type.MaxAtoms, type.MaxRuns));
            }

            Assert.Equal(PasqalDeviceType.EmuFreeMaxAtoms, PasqalDeviceType.Find("EMU_FREE")!.MaxAtoms);
        }

        [Fact]
        public void Another_catalog_gives_other_limits()
        {
            var types = PasqalDeviceType.Build(DeviceCatalog.FromAssembly(typeof(DeviceTypeLimitsTests).Assembly));
            var fresnel = types.Single(t => t.Name == "FRESNEL");
            Assert.Equal((12, 30, true), (fresnel.MaxAtoms, fresnel.MaxRuns, fresnel.IsQpu));
        }
    }
}
