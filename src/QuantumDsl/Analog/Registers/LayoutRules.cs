using System.Globalization;

namespace QuantumDsl.Analog;

/// <summary>
/// Pulser's checks of a register's layout at sequence creation (<c>validate_layout</c>, <c>validate_layout_filling</c>)
/// and the remote backends' rule that a device not accepting new layouts takes only its pre-calibrated ones.
/// </summary>
internal static class LayoutRules
{
    public static List<Violation> Check(Device device, RegisterLayout layout, int qubits)
    {
        var v = new List<Violation>();
        var traps = layout.TrapCount;
        if (traps < device.MinLayoutTraps)
        {
            v.Add(Violation.BelowMinimum("layout.coordinates", traps, device.MinLayoutTraps, $"{device.Name} min_layout_traps"));
        }

        if (device.MaxLayoutTraps > 0 && traps > device.MaxLayoutTraps)
        {
            v.Add(Violation.AboveMaximum("layout.coordinates", traps, device.MaxLayoutTraps, $"{device.Name} max_layout_traps"));
        }

        var asRegister = layout.OnTraps(Enumerable.Range(0, traps).ToList(), qubitIds: null);
        var trapViolations = new List<Violation>();
        SequenceChecks.CheckRegister(device, asRegister, trapViolations);
        v.AddRange(trapViolations.Where(x => x.Path != "register").Select(x => x with { Path = "layout.traps" + x.Path["register".Length..] }));
        var minQubits = (int)Math.Ceiling(traps * device.MinLayoutFilling);
        if (traps > device.MinLayoutTraps && qubits < minQubits)
        {
            v.Add(Violation.BelowMinimum("register", qubits, minQubits, $"{device.Name} min_layout_filling {Violation.Format(device.MinLayoutFilling)} of {traps} traps"));
        }

        var maxQubits = (int)(traps * device.MaxLayoutFilling);
        if (qubits > maxQubits)
        {
            v.Add(Violation.AboveMaximum("register", qubits, maxQubits, $"{device.Name} max_layout_filling {Violation.Format(device.MaxLayoutFilling)} of {traps} traps"));
        }

        if (!device.AcceptsNewLayouts && !device.PreCalibratedLayouts.Any(layout.SameTraps))
        {
            v.Add(Violation.Rule("layout", layout.Slug ?? $"{traps.ToString(CultureInfo.InvariantCulture)} traps", $"is not a pre-calibrated layout of {device.Name}, which accepts no new layouts; its layouts: {string.Join(", ", device.PreCalibratedLayouts.Select(l => l.Slug ?? "unnamed"))}"));
        }

        return v;
    }
}
