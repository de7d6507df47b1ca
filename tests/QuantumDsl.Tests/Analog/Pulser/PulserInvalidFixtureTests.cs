using QuantumDsl.Analog;

namespace QuantumDsl.Tests.Analog.Pulser;

/// <summary>Every case real Pulser refuses is refused by QuantumDsl too, naming the same field.</summary>
public sealed class PulserInvalidFixtureTests
{
    /// <summary>Pulser's refusal → what QuantumDsl's error must name (a path or the rule).</summary>
    private static readonly Dictionary<string, string> Expected = new(StringComparer.Ordinal)
    {
        ["invalid_add_to_undeclared_channel"] = ".channel: 'nope' is not a declared channel",
        ["invalid_atoms_too_close"] = "register[1]",
        ["invalid_bad_variable_value"] = "variables.d",
        ["invalid_eom_amp_too_high"] = "max_amp",
        ["invalid_eom_pulse_outside_eom"] = "must be in EOM mode",
        ["invalid_interpolated_times"] = ".amplitude.times[2]",
        ["invalid_mappable_not_prefix"] = "qubits",
        ["invalid_max_duration_buffers"] = ".duration:",
        ["invalid_max_duration_plain"] = ".duration:",
        ["invalid_min_avg_amp"] = "min_avg_amp",
        ["invalid_negative_duration"] = ".duration: 0 is not a positive duration",
        ["invalid_over_amplitude"] = "max_amp",
        ["invalid_over_detuning"] = "max_abs_detuning",
        ["invalid_phase_reference"] = "different phase references",
        ["invalid_radial_distance"] = "max_radial_distance",
        ["invalid_retarget_variable"] = ".target: 5 is not a qubit index",
        ["invalid_round_expression"] = ".expression: 'round'",
        ["invalid_slm_after_pulses_empty_channel"] = ".op: config_slm_mask after pulses cannot be built while the global channel 'ram' is empty",
        ["invalid_slm_on_analog"] = "slm_mask_targets: [q0] masks qubits but AnalogDevice does not have an SLM mask",
        ["invalid_slm_twice"] = "operations[3].qubits: [q0] configures a second SLM mask",
        ["invalid_too_many_atoms"] = "max_atom_num",
        ["invalid_unknown_channel"] = "channels.",
        ["invalid_variable_missing"] = "variables.a: missing",
    };

    public static TheoryData<string> Invalid => new(PulserFixture.Names(f => !f.Valid));

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Pulsers_refusals_are_refused_naming_the_same_field(string name)
    {
        Assert.True(Expected.TryGetValue(name, out var expected), $"No expectation for the invalid fixture '{name}'.");
        var fixture = PulserFixture.Load(name);
        string problems;
        try
        {
            var sequence = AnalogSequence.FromAbstractRepr(fixture.AbstractRepr);
            var (variables, qubits) = fixture.Values();
            var error = Assert.Throws<ExperimentValidationException>(() => sequence.Sample(variables, qubits));
            problems = string.Join("\n", error.Violations.Select(v => v.Message));
            if (qubits is null && variables.Values.All(v => v.Length == 1) && !sequence.Variables.Any(v => v.Size > 1))
            {
                var validated = sequence.Validate(variables.ToDictionary(kv => kv.Key, kv => kv.Value[0]), 1);
                Assert.NotEmpty(validated);
                Assert.Contains(validated, v => v.Message.Contains(expected, StringComparison.Ordinal));
            }
        }
        catch (AbstractReprException e)
        {
            problems = e.Message;
        }

        Assert.Contains(expected, problems, StringComparison.Ordinal);
    }
}
