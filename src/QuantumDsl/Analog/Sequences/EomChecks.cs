namespace QuantumDsl.Analog;

/// <summary>
/// Pulser's structural rules of EOM mode, which hold whatever the variables' values: only a channel whose device
/// channel has an EOM can enter EOM mode, not twice; <c>add_eom_pulse</c>, <c>modify_eom_setpoint</c> and
/// <c>disable_eom_mode</c> need the channel in EOM mode; a channel in EOM mode takes no ordinary pulse and no target.
/// </summary>
internal static class EomChecks
{
    public static void Check(IReadOnlyList<DeclaredChannel> channels, IReadOnlyList<SequenceOperation> operations, List<Violation> v)
    {
        var inEom = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < operations.Count; i++)
        {
            var path = $"operations[{i}]";
            switch (operations[i])
            {
                case EnableEomOperation e:
                    if (channels.FirstOrDefault(c => c.Name == e.Channel) is { } declared && declared.Channel.Eom is null)
                    {
                        v.Add(Violation.Rule(path + ".channel", e.Channel, $"does not have an EOM ({declared.Channel.Id} has no eom_config): enable_eom_mode needs a channel with an EOM"));
                    }
                    else if (!inEom.Add(e.Channel))
                    {
                        v.Add(Violation.Rule(path + ".channel", e.Channel, "is already in EOM mode"));
                    }

                    break;
                case EomPulseOperation p when !inEom.Contains(p.Channel):
                    v.Add(Violation.Rule(path + ".channel", p.Channel, "must be in EOM mode for add_eom_pulse: call enable_eom_mode first"));
                    break;
                case ModifyEomSetpointOperation m when !inEom.Contains(m.Channel):
                    v.Add(Violation.Rule(path + ".channel", m.Channel, "is not in EOM mode: modify_eom_setpoint needs enable_eom_mode first"));
                    break;
                case DisableEomOperation d when !inEom.Remove(d.Channel):
                    v.Add(Violation.Rule(path + ".channel", d.Channel, "is not in EOM mode: disable_eom_mode needs enable_eom_mode first"));
                    break;
                case PulseOperation p when inEom.Contains(p.Channel):
                    v.Add(Violation.Rule(path + ".channel", p.Channel, "is in EOM mode: only add_eom_pulse and delays are allowed until disable_eom_mode"));
                    break;
                case TargetOperation t when inEom.Contains(t.Channel):
                    v.Add(Violation.Rule(path + ".channel", t.Channel, "is in EOM mode: it cannot be retargeted until disable_eom_mode"));
                    break;
            }
        }
    }
}
