using QuantumDsl.Matter;
using QuantumDsl.Simulation.Matter.Imaging;
using QuantumDsl.Simulation.Matter.Inputs;
using Runtime = QuantumDsl.Matter;

namespace QuantumDsl.Simulation.Matter;

/// <summary>
/// The emulator's entry point for Oqtant inputs: validates a <see cref="MatterInput"/>, maps it onto the engine's
/// physics primitives, runs <see cref="MatterEngine"/> and returns the service's output record —
/// <see cref="NonPlotOutput"/> for TIME_OF_FLIGHT (and MOT) imaging, <see cref="PlotOutput"/> for IN_TRAP.
/// </summary>
public static class MatterSimulator
{
    /// <summary>Runs one input with the default model; deterministic for a given <paramref name="seed"/>.</summary>
    /// <exception cref="ExperimentValidationException">The input breaks the service's limits (every violation is listed).</exception>
    public static OutputValues Run(MatterInput input, int seed, CancellationToken cancellationToken) =>
        Run(input, seed, MatterEngineOptions.Default, cancellationToken);

    /// <summary>Runs one input with <paramref name="options"/>.</summary>
    /// <exception cref="ExperimentValidationException">The input breaks the service's limits (every violation is listed).</exception>
    /// <exception cref="MatterRunException">The engine cannot run this valid input (the message says why).</exception>
    public static OutputValues Run(MatterInput input, int seed, MatterEngineOptions options, CancellationToken cancellationToken) =>
        RunWithRawImages(input, seed, options, cancellationToken).Values;

    /// <summary>
    /// Runs one input and returns its output with the raw camera images it was measured from (see <see cref="ToRawImages"/>).
    /// </summary>
    /// <exception cref="ExperimentValidationException">The input breaks the service's limits (every violation is listed).</exception>
    /// <exception cref="MatterRunException">The engine cannot run this valid input (the message says why).</exception>
    public static MatterRunOutput RunWithRawImages(MatterInput input, int seed, MatterEngineOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ExperimentValidationException.ThrowIfAny(input.Validate());
        var shot = ToShot(input);
        var result = new MatterEngine(options).Run(shot, seed, cancellationToken);
        return new MatterRunOutput(ToOutput(result, input.Values.ImageType), ToRawImages(result, input.Values.ImageType));
    }

    /// <summary>
    /// The raw images of a shot: for TIME_OF_FLIGHT and IN_TRAP imaging the absorption camera's probe frame
    /// (<c>absolute</c>) and reference frame (<c>background</c>) in photon counts, whose ln(background/absolute) is
    /// exactly the output's OD image; then the MOT fluorescence image (no background). MOT imaging has only the latter.
    /// </summary>
    public static IReadOnlyList<RawImages> ToRawImages(MatterShotResult result, ImageType imageType)
    {
        ArgumentNullException.ThrowIfNull(result);
        var images = new List<RawImages>(2);
        if (imageType != ImageType.Mot && result.Absorption is { } frames)
        {
            images.Add(new RawImages
            {
                ImageType = imageType == ImageType.InTrap ? RawImageType.InTrap : RawImageType.TimeOfFlight,
                Absolute = ToImage(frames.Probe),
                Background = ToImage(frames.Reference),
            });
        }

        images.Add(new RawImages { ImageType = RawImageType.Mot, Absolute = ToImage(result.MotImage) });
        return images;
    }

    /// <summary>Runs the inputs of one job on all cores; input i uses seed <paramref name="seed"/> + i.</summary>
    public static IReadOnlyList<OutputValues> RunMany(IReadOnlyList<MatterInput> inputs, int seed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var outputs = new OutputValues[inputs.Count];
        Parallel.For(0, inputs.Count, new ParallelOptions { CancellationToken = cancellationToken },
            i => outputs[i] = Run(inputs[i], unchecked(seed + i), cancellationToken));
        return outputs;
    }

    /// <summary>The engine's description of an input (no validation).</summary>
    public static MatterShot ToShot(MatterInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var values = input.Values;
        var rf = values.RfEvaporation;
        var ramp = new RfRamp(rf.TimesMs, rf.FrequenciesMHz, rf.PowersMw, rf.Interpolation switch
        {
            RfInterpolationType.Off => InterpolationKind.Zero,
            RfInterpolationType.Previous => InterpolationKind.Previous,
            _ => InterpolationKind.Linear,
        });
        var barriers = values.OpticalBarriers?
            .Select(b => new PaintedBarrier(b.TimesMs, b.PositionsUm, b.HeightsKHz, b.WidthsUm, Map(b.Shape), Map(b.Interpolation)))
            .ToArray();
        var landscape = values.OpticalLandscape is { } l
            ? new PaintedLandscape(l.Landscapes.Select(s => new LandscapeSnapshot(s.TimeMs, s.PositionsUm, s.PotentialsKHz, Map(s.SpatialInterpolation))).ToArray(), Map(l.Interpolation))
            : null;
        TerminatorPulse? terminator = null;
        if (values.Lasers is { Count: > 0 } lasers)
        {
            var laser = lasers[0];
            if (laser.Type != LaserType.Terminator)
                throw new ArgumentException($"lasers[0].type is {laser.Type}: the emulator models the TERMINATOR only.", nameof(input));
            var pulse = laser.Pulses[0];
            terminator = new TerminatorPulse(pulse.TimesMs[0], pulse.TimesMs[^1], laser.PositionUm,
                pulse.IntensitiesMwPerCm2.Count > 0 ? pulse.IntensitiesMwPerCm2[0] : 0, pulse.DetuningMHz);
        }
        return new MatterShot(
            ramp,
            values.EndTimeMs,
            values.ImageType == ImageType.InTrap ? ImagingMode.InTrap : ImagingMode.TimeOfFlight,
            values.TimeOfFlightMs,
            barriers,
            landscape,
            terminator);
    }

    /// <summary>
    /// The service's output for an engine result: the TOF image, the fit image and parameters (centre in image-frame
    /// pixels), the central row and column as slices, atom numbers and temperature from the fit, the MOT image and
    /// number; or the in-trap image. MOT imaging returns the MOT image and number with an empty TOF part.
    /// </summary>
    public static OutputValues ToOutput(MatterShotResult result, ImageType imageType)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (imageType == ImageType.InTrap)
        {
            var inTrap = result.InTrapImage ?? throw new ArgumentException("The result has no in-trap image.", nameof(result));
            return new PlotOutput { ItPlot = ToImage(inTrap) };
        }
        var mot = ToImage(result.MotImage);
        var motNumber = ToInt(result.Cloud.MotAtomNumber);
        if (imageType == ImageType.Mot || result.TimeOfFlight is null)
        {
            var empty = new OdImage(ImagingConstants.TofSize, ImagingConstants.TofSize, ImagingConstants.TofPixelUm, new double[ImagingConstants.TofSize * ImagingConstants.TofSize]);
            var zeros = new LineChart { Points = Enumerable.Range(0, ImagingConstants.TofSize).Select(i => new ChartPoint(i, 0)).ToArray() };
            return new NonPlotOutput
            {
                MotFluorescenceImage = mot, TofImage = ToImage(empty), TofFitImage = ToImage(empty), TofFit = new TofFit(),
                TofXSlice = zeros, TofYSlice = zeros, TotalMotAtomNumber = motNumber,
            };
        }
        var tof = result.TimeOfFlight;
        var p = tof.Fit.Parameters;
        return new NonPlotOutput
        {
            MotFluorescenceImage = mot,
            TofImage = ToImage(tof.Image),
            TofFitImage = ToImage(tof.Fit.FitImage),
            TofFit = new TofFit
            {
                GaussianOd = p.GaussianOd, GaussianSigmaX = p.SigmaX, GaussianSigmaY = p.SigmaY,
                TfOd = p.TfOd, TfX = p.RadiusX, TfY = p.RadiusY,
                X0 = p.CentreX + tof.Image.CentreColumn, Y0 = p.CentreY + tof.Image.CentreRow, Offset = p.Offset,
            },
            TofXSlice = ToChart(tof.XSlice),
            TofYSlice = ToChart(tof.YSlice),
            TotalMotAtomNumber = motNumber,
            TofAtomNumber = ToInt(tof.Fit.TotalAtomNumber),
            ThermalAtomNumber = ToInt(tof.Fit.ThermalAtomNumber),
            CondensedAtomNumber = ToInt(tof.Fit.CondensedAtomNumber),
            TemperatureNk = ToInt(tof.TemperatureNk),
        };
    }

    private static Image ToImage(OdImage image) =>
        new() { Pixels = image.Pixels, Rows = image.Rows, Columns = image.Columns, Pixcal = image.PixelSizeUm };

    private static LineChart ToChart(IReadOnlyList<double> values) =>
        new() { Points = values.Select((v, i) => new ChartPoint(i, v)).ToArray() };

    private static int ToInt(double value) =>
        double.IsFinite(value) ? (int)Math.Clamp(Math.Round(value), int.MinValue, int.MaxValue) : 0;

    private static Inputs.BarrierShape Map(Runtime.BarrierShape shape) => shape switch
    {
        Runtime.BarrierShape.Lorentzian => Inputs.BarrierShape.Lorentzian,
        Runtime.BarrierShape.Square => Inputs.BarrierShape.Square,
        Runtime.BarrierShape.Native => Inputs.BarrierShape.Native,
        _ => Inputs.BarrierShape.Gaussian,
    };

    /// <summary>The scipy kind of a schema interpolation: OFF→zero, SMOOTH→cubic, the rest by name.</summary>
    private static InterpolationKind Map(InterpolationType kind) => kind switch
    {
        InterpolationType.Smooth or InterpolationType.Cubic => InterpolationKind.Cubic,
        InterpolationType.Off or InterpolationType.Zero => InterpolationKind.Zero,
        InterpolationType.SLinear => InterpolationKind.SLinear,
        InterpolationType.Quadratic => InterpolationKind.Quadratic,
        InterpolationType.Nearest => InterpolationKind.Nearest,
        InterpolationType.Previous => InterpolationKind.Previous,
        InterpolationType.Next => InterpolationKind.Next,
        _ => InterpolationKind.Linear,
    };
}

/// <summary>What one input produced: the service's output values and the raw camera images behind them.</summary>
public sealed record MatterRunOutput(OutputValues Values, IReadOnlyList<RawImages> RawImages);
