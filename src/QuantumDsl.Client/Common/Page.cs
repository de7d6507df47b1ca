namespace QuantumDsl.Client;

/// <summary>One page of a listing: its items, the offset of the first one and the total the service reported.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed record Page<T>(IReadOnlyList<T> Values, int Offset, int Total);
