namespace QuantumDsl.Analog;

/// <summary>A channel declared in a sequence: the user's name for it and the device channel it uses.</summary>
/// <param name="Name">The sequence's name, for example <c>ryd</c>.</param>
/// <param name="Channel">The device channel.</param>
public sealed record DeclaredChannel(string Name, DeviceChannel Channel);
