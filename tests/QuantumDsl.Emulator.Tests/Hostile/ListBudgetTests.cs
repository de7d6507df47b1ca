using QuantumDsl.Emulator.Pasqal;

namespace QuantumDsl.Emulator.Tests.Hostile;

/// <summary>A list page stops before about 4 MiB of rows, but never returns an empty page while rows remain.</summary>
public sealed class ListBudgetTests
{
    private static JobRow Job(int i, int variablesLength) =>
        new(i, $"job-{i}", "batch", "alice", "project", 10, new string('v', variablesLength), null, "DONE", "[]", null, null, 0, 0, null, null);

    private static BatchRow Batch(int i, int configurationLength) =>
        new(i, $"batch-{i}", "alice", "project", "EMU_FREE", "DONE", false, null, null, new string('c', configurationLength), null, "[]", null, 0, 0, null, null, 0);

    [Fact]
    public void Rows_of_16_KiB_fill_a_page_of_about_4_MiB()
    {
        var jobs = Enumerable.Range(0, 300).Select(i => Job(i, 16 * 1024)).ToList();
        var page = ListBudget.Jobs(jobs);
        Assert.InRange(page.Count, 200, 260); // 4 MiB / (16 KiB + overhead)
        Assert.Equal(jobs.Take(page.Count), page);
    }

    [Fact]
    public void Small_rows_are_all_taken_and_one_huge_row_still_makes_a_page()
    {
        Assert.Equal(100, ListBudget.Jobs([.. Enumerable.Range(0, 100).Select(i => Job(i, 100))]).Count);
        Assert.Single(ListBudget.Jobs([Job(0, 5 * 1024 * 1024), Job(1, 10)]));
        var batches = Enumerable.Range(0, 100).Select(i => Batch(i, 16 * 1024)).ToList();
        Assert.Equal(100, ListBudget.Batches(batches, _ => 10).Count);
        Assert.InRange(ListBudget.Batches(batches, _ => 10_000).Count, 8, 12); // 10,000 job ids ≈ 400 KB per batch
    }
}
