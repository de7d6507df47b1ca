using QuantumDsl.Analog;

// The device catalog, as data: Pulser's devices (pasqal-io/Pulser @76ac2d1, pulser.devices: AnalogDevice,
// DigitalAnalogDevice, MockDevice, WeightedAnalogDevice) and Fresnel (the specs the Pasqal service published in
// 2025-06; not in pulser.devices). tests/Fixtures/pulser/devices holds Pulser's own JSON of each, and
// DeviceCatalogPulserTests checks that ToAbstractRepr() writes exactly that. 2π×f MHz is written out as rad/µs.
// C6 (and C3, unless a device sets InteractionCoeffXY) come from Pulser's tables for the Rydberg level.

[assembly: DeviceSpec("AnalogDevice", Dimensions = 2, RydbergLevel = 60,
    MaxAtomNum = 80, MinAtomDistanceUm = 5, MaxRadialDistanceUm = 38, MaxSequenceDurationNs = 6000, MaxRuns = 2000,
    RequiresLayout = true, AcceptsNewLayouts = true, MaxLayoutFilling = 0.5, OptimalLayoutFilling = 0.45)]
[assembly: ChannelSpec("AnalogDevice", "rydberg_global", Basis = "ground-rydberg", Addressing = "Global",
    MaxAmplitude = 12.566370614359172, MaxAbsDetuning = 125.66370614359172, ClockPeriodNs = 4, MinDurationNs = 16,
    MaxDurationNs = 100_000_000, ModBandwidthMHz = 8)]
[assembly: EomSpec("AnalogDevice", "rydberg_global", LimitingBeam = "RED", MaxLimitingAmp = 188.49555921538757,
    IntermediateDetuning = 2827.4333882308138, ControlledBeams = "BLUE", ModBandwidthMHz = 40, CustomBufferTimeNs = 240)]
[assembly: LayoutSpec("AnalogDevice", "TriangularLatticeLayout(61, 5.0µm)",
    -20, 0, -17.5, -4.330127, -17.5, 4.330127, -15, -8.660254, -15, 0, -15, 8.660254,
    -12.5, -12.990381, -12.5, -4.330127, -12.5, 4.330127, -12.5, 12.990381, -10, -17.320508, -10, -8.660254,
    -10, 0, -10, 8.660254, -10, 17.320508, -7.5, -12.990381, -7.5, -4.330127, -7.5, 4.330127,
    -7.5, 12.990381, -5, -17.320508, -5, -8.660254, -5, 0, -5, 8.660254, -5, 17.320508,
    -2.5, -12.990381, -2.5, -4.330127, -2.5, 4.330127, -2.5, 12.990381, 0, -17.320508, 0, -8.660254,
    0, 0, 0, 8.660254, 0, 17.320508, 2.5, -12.990381, 2.5, -4.330127, 2.5, 4.330127,
    2.5, 12.990381, 5, -17.320508, 5, -8.660254, 5, 0, 5, 8.660254, 5, 17.320508,
    7.5, -12.990381, 7.5, -4.330127, 7.5, 4.330127, 7.5, 12.990381, 10, -17.320508, 10, -8.660254,
    10, 0, 10, 8.660254, 10, 17.320508, 12.5, -12.990381, 12.5, -4.330127, 12.5, 4.330127,
    12.5, 12.990381, 15, -8.660254, 15, 0, 15, 8.660254, 17.5, -4.330127, 17.5, 4.330127,
    20, 0)]

[assembly: DeviceSpec("DigitalAnalogDevice", Dimensions = 2, RydbergLevel = 70,
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
[assembly: DmmSpec("DigitalAnalogDevice", "dmm_0", BottomDetuning = -125.66370614359172,
    TotalBottomDetuning = -12566.370614359172, ClockPeriodNs = 4, MinDurationNs = 16, MaxDurationNs = 67_108_864)]

[assembly: DeviceSpec("MockDevice", Dimensions = 3, RydbergLevel = 70, MinAtomDistanceUm = 0, IsVirtual = true, AcceptsNewLayouts = true,
    SupportsSlmMask = true, ReusableChannels = true)]
[assembly: ChannelSpec("MockDevice", "rydberg_global", Basis = "ground-rydberg", Addressing = "Global")]
[assembly: ChannelSpec("MockDevice", "rydberg_local", Basis = "ground-rydberg", Addressing = "Local")]
[assembly: ChannelSpec("MockDevice", "raman_global", Basis = "digital", Addressing = "Global")]
[assembly: ChannelSpec("MockDevice", "raman_local", Basis = "digital", Addressing = "Local")]
[assembly: ChannelSpec("MockDevice", "mw_global", Basis = "XY", Addressing = "Global")]
[assembly: DmmSpec("MockDevice", "dmm_0")]

[assembly: DeviceSpec("WeightedAnalogDevice", Dimensions = 2, RydbergLevel = 75,
    MaxAtomNum = 256, MinAtomDistanceUm = 5, MaxRadialDistanceUm = 80, MaxSequenceDurationNs = 6000, MaxRuns = 500,
    RequiresLayout = true, AcceptsNewLayouts = true, MinLayoutFilling = 0.35, MaxLayoutFilling = 0.5, OptimalLayoutFilling = 0.45,
    MinLayoutTraps = 150, MaxLayoutTraps = 512, SupportsSlmMask = true)]
[assembly: ChannelSpec("WeightedAnalogDevice", "rydberg_global", Basis = "ground-rydberg", Addressing = "Global",
    MaxAmplitude = 12.566370614359172, MaxAbsDetuning = 62.83185307179586, MinAverageAmplitude = 1.8849555921538759,
    ClockPeriodNs = 4, MinDurationNs = 16, MaxDurationNs = 100_000_000, ModBandwidthMHz = 50)]
[assembly: DmmSpec("WeightedAnalogDevice", "dmm_0", BottomDetuning = -62.83185307179586,
    TotalBottomDetuning = -6283.185307179586, MinAverageAbsDetuning = 0.6283185307179586, ClockPeriodNs = 4,
    MinDurationNs = 16, MaxDurationNs = 100_000_000, ModBandwidthMHz = 22)]

[assembly: DeviceSpec("Fresnel", CloudDeviceType = "FRESNEL", Dimensions = 2, RydbergLevel = 60,
    MaxAtomNum = 80, MinAtomDistanceUm = 5, MaxRadialDistanceUm = 38, MaxSequenceDurationNs = 6000, MaxRuns = 500,
    RequiresLayout = true, AcceptsNewLayouts = true, MaxLayoutFilling = 0.5, OptimalLayoutFilling = 0.45,
    MinLayoutTraps = 10, MaxLayoutTraps = 200)]
[assembly: ChannelSpec("Fresnel", "rydberg_global", Basis = "ground-rydberg", Addressing = "Global",
    MaxAmplitude = 12.566370614359172, MinAverageAmplitude = 0.5654866776461628, MaxAbsDetuning = 48.69468613064179,
    ClockPeriodNs = 4, MinDurationNs = 16, MaxDurationNs = 6000, ModBandwidthMHz = 8)]
[assembly: EomSpec("Fresnel", "rydberg_global", LimitingBeam = "RED", MaxLimitingAmp = 138.23007675795088,
    IntermediateDetuning = 2513.2741228718346, ControlledBeams = "BLUE", ModBandwidthMHz = 40, CustomBufferTimeNs = 240,
    MultipleBeamControl = false, RedShiftCoeff = 1.656)]
