namespace QuantumDsl.Analog;

/// <summary>
/// Pulser's <c>RydbergEOM</c> arithmetic: the detunings a channel can hold between EOM pulses. With Rabi frequency Ω
/// shared between the red and blue beams (Ω = Ω_red·Ω_blue / 2Δ, the limiting beam capped at its maximum amplitude),
/// each beam on contributes a light shift ±coeff·Ω_beam²/(4Δ); switching off one controlled beam (or both, when the EOM
/// can) leaves the shift of the others, offset so that the detuning is <c>detuning_on</c> with both on.
/// </summary>
internal static class EomDetuning
{
    /// <summary>The option closest to <paramref name="optimalOff"/> (Pulser's <c>calculate_detuning_off</c>; first on ties).</summary>
    public static double Off(EomConfig eom, double rabi, double detuningOn, double optimalOff) => Choose(eom, rabi, detuningOn, optimalOff).Off;

    /// <summary>The option closest to <paramref name="optimalOff"/> and the beams switched off for it (first on ties).</summary>
    public static (double Off, IReadOnlyList<RydbergBeam> SwitchingBeams) Choose(EomConfig eom, double rabi, double detuningOn, double optimalOff)
    {
        var options = Switchings(eom, rabi, detuningOn);
        var best = 0;
        for (var i = 1; i < options.Count; i++)
        {
            if (Math.Abs(options[i].Off - optimalOff) < Math.Abs(options[best].Off - optimalOff))
            {
                best = i;
            }
        }

        return options[best];
    }

    /// <summary>Pulser's <c>detuning_off_options</c>, one per switching-beam combination.</summary>
    public static IReadOnlyList<double> Options(EomConfig eom, double rabi, double detuningOn) =>
        Switchings(eom, rabi, detuningOn).Select(o => o.Off).ToList();

    private static List<(double Off, IReadOnlyList<RydbergBeam> SwitchingBeams)> Switchings(EomConfig eom, double rabi, double detuningOn)
    {
        RydbergBeam[] all = [RydbergBeam.Blue, RydbergBeam.Red];
        var offset = detuningOn - LightShift(eom, rabi, all);
        var combos = eom.ControlledBeams.Select(b => (IReadOnlyList<RydbergBeam>)[b]).ToList();
        if (eom.ControlledBeams.Count > 1 && eom.MultipleBeamControl)
        {
            combos.Add(all);
        }

        return combos.Select(off => (LightShift(eom, rabi, all.Except(off).ToArray()) + offset, off)).ToList();
    }

    private static double LightShift(EomConfig eom, double rabi, RydbergBeam[] beamsOn)
    {
        var (limiting, other) = PerBeam(eom, rabi);
        var sum = 0.0;
        foreach (var beam in beamsOn)
        {
            var amp = beam == eom.LimitingBeam ? limiting : other;
            var bias = beam == RydbergBeam.Red ? -eom.RedShiftCoeff : eom.BlueShiftCoeff;
            sum += bias * amp * amp;
        }

        return sum / (4 * eom.IntermediateDetuning);
    }

    private static (double Limiting, double Other) PerBeam(EomConfig eom, double rabi)
    {
        var shift = Math.Sqrt(eom.LimitingBeam == RydbergBeam.Red ? eom.RedShiftCoeff / eom.BlueShiftCoeff : eom.BlueShiftCoeff / eom.RedShiftCoeff);
        var limit = shift * eom.MaxLimitingAmp * eom.MaxLimitingAmp / (2 * eom.IntermediateDetuning);
        if (rabi <= limit)
        {
            var baseSquared = 2 * rabi * eom.IntermediateDetuning;
            return (Math.Sqrt(baseSquared / shift), Math.Sqrt(baseSquared * shift));
        }

        return (eom.MaxLimitingAmp, 2 * eom.IntermediateDetuning * rabi / eom.MaxLimitingAmp);
    }
}
