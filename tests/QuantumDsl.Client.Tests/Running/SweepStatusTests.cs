using QuantumDsl.Client.Pasqal;
using QuantumDsl.Matter;

namespace QuantumDsl.Client.Tests.Running;

/// <summary><see cref="SweepStatus"/>: typed service statuses, the wire text kept, strings still comparable.</summary>
public sealed class SweepStatusTests
{
    [Fact]
    public void A_service_status_keeps_its_type_and_its_wire_text()
    {
        var oqtant = SweepStatus.Of(JobStatus.Cancelled);
        Assert.Equal("CANCELLED", oqtant.Text);
        Assert.Equal(JobStatus.Cancelled, oqtant.OqtantStatus);
        Assert.Null(oqtant.PasqalStatus);

        var pasqal = SweepStatus.Of(PasqalJobStatus.Canceled);
        Assert.Equal("CANCELED", pasqal.ToString());
        Assert.Equal(PasqalJobStatus.Canceled, pasqal.PasqalStatus);
        Assert.Null(pasqal.OqtantStatus);
    }

    [Fact]
    public void Statuses_compare_by_wire_text_also_with_strings()
    {
        SweepStatus? status = SweepStatus.Of(PasqalJobStatus.Pending);
        Assert.True(status == "PENDING");
        Assert.Equal(SweepStatus.Of(JobStatus.Pending), SweepStatus.Of(PasqalJobStatus.Pending));
        Assert.Equal(SweepStatus.Of(JobStatus.Pending).GetHashCode(), new SweepStatus("PENDING").GetHashCode());
        Assert.NotEqual(SweepStatus.Submitted, SweepStatus.Reattached);
        Assert.Equal("DEVICE_SPECS_DRIFT", SweepStatus.DeviceSpecsDrift.Text);
    }
}
