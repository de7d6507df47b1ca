using QuantumDsl.Analog;

// The device catalog, as data (facts: ../shared/reference/pasqal-cloud.md §6, Pulser's _devices.py and
// _mock_device.py; Fresnel is the 2025-06 snapshot). 2π×f MHz is written out as rad/µs.

[assembly: DeviceSpec("AnalogDevice", CloudDeviceType = null, Dimensions = 2, RydbergLevel = 60, InteractionCoeff = 865723.02,
    MaxAtomNum = 80, MinAtomDistanceUm = 5, MaxRadialDistanceUm = 38, MaxSequenceDurationNs = 6000, MaxRuns = 2000,
    RequiresLayout = true, AcceptsNewLayouts = true, MaxLayoutFilling = 0.5, OptimalLayoutFilling = 0.45)]
[assembly: ChannelSpec("AnalogDevice", "rydberg_global", Basis = "ground-rydberg", Addressing = "Global",
    MaxAmplitude = 12.566370614359172, MaxAbsDetuning = 125.66370614359172, ClockPeriodNs = 4, MinDurationNs = 16,
    MaxDurationNs = 100_000_000, ModBandwidthMHz = 8)]

[assembly: DeviceSpec("DigitalAnalogDevice", Dimensions = 2, RydbergLevel = 70, InteractionCoeff = 5420158.53,
    MaxAtomNum = 100, MinAtomDistanceUm = 4, MaxRadialDistanceUm = 50, RequiresLayout = true, AcceptsNewLayouts = true,
    MaxLayoutFilling = 0.5, SupportsSlmMask = true)]
[assembly: ChannelSpec("DigitalAnalogDevice", "rydberg_global", Basis = "ground-rydberg", Addressing = "Global",
    MaxAmplitude = 15.707963267948966, MaxAbsDetuning = 125.66370614359172, ClockPeriodNs = 4, MinDurationNs = 16,
    MaxDurationNs = 67_108_864)]
[assembly: ChannelSpec("DigitalAnalogDevice", "rydberg_local", Basis = "ground-rydberg", Addressing = "Local",
    MaxAmplitude = 62.83185307179586, MaxAbsDetuning = 125.66370614359172, ClockPeriodNs = 4, MinDurationNs = 16,
    MaxDurationNs = 67_108_864, MinRetargetIntervalNs = 220, FixedRetargetNs = 0, MaxTargets = 1)]
[assembly: ChannelSpec("DigitalAnalogDevice", "raman_local", Basis = "digital", Addressing = "Local",
    MaxAmplitude = 62.83185307179586, MaxAbsDetuning = 125.66370614359172, ClockPeriodNs = 4, MinDurationNs = 16,
    MaxDurationNs = 67_108_864, MinRetargetIntervalNs = 220, FixedRetargetNs = 0, MaxTargets = 1)]

[assembly: DeviceSpec("MockDevice", CloudDeviceType = null, Dimensions = 3, RydbergLevel = 70, InteractionCoeff = 5420158.53, InteractionCoeffXY = 3700,
    MinAtomDistanceUm = 0, IsVirtual = true, SupportsSlmMask = true)]
[assembly: ChannelSpec("MockDevice", "rydberg_global", Basis = "ground-rydberg", Addressing = "Global")]
[assembly: ChannelSpec("MockDevice", "rydberg_local", Basis = "ground-rydberg", Addressing = "Local")]
[assembly: ChannelSpec("MockDevice", "raman_global", Basis = "digital", Addressing = "Global")]
[assembly: ChannelSpec("MockDevice", "raman_local", Basis = "digital", Addressing = "Local")]
[assembly: ChannelSpec("MockDevice", "mw_global", Basis = "XY", Addressing = "Global")]

[assembly: DeviceSpec("Fresnel", CloudDeviceType = "FRESNEL", Dimensions = 2, RydbergLevel = 60, InteractionCoeff = 865723.02,
    MaxAtomNum = 80, MinAtomDistanceUm = 5, MaxRadialDistanceUm = 38, MaxSequenceDurationNs = 6000, MaxRuns = 500,
    RequiresLayout = true, AcceptsNewLayouts = true, MaxLayoutFilling = 0.5, OptimalLayoutFilling = 0.45,
    MinLayoutTraps = 10, MaxLayoutTraps = 200)]
[assembly: ChannelSpec("Fresnel", "rydberg_global", Basis = "ground-rydberg", Addressing = "Global",
    MaxAmplitude = 12.566370614359172, MinAverageAmplitude = 0.5654866776461628, MaxAbsDetuning = 48.69468613064179,
    ClockPeriodNs = 4, MinDurationNs = 16, MaxDurationNs = 6000, ModBandwidthMHz = 8)]
