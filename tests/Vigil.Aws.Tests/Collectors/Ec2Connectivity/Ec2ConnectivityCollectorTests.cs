using Vigil.Aws.Collectors.Ec2Connectivity;
using Vigil.Aws.Tests.Collectors.ComputeTesting;
using Vigil.Core.Findings;
using Vigil.Core.Model;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.Ec2;

namespace Vigil.Aws.Tests.Collectors.Ec2Connectivity;

public sealed class Ec2ConnectivityCollectorTests
{
    private static readonly string SettingsArn = AccountRegion.ArnFor(FakeAws.AccountId, FakeAws.Region);

    [Fact]
    public async Task Collect_ReadsVpnConnectionsFieldByField()
    {
        using var fake = Ec2ConnectivityEstate.Register(new FakeAws());

        var snapshot = await fake.CollectAsync(new Ec2ConnectivityCollector());

        Assert.Empty(snapshot.Errors);
        Assert.Equal([Ec2ConnectivityEstate.OfficeArn, Ec2ConnectivityEstate.BackupArn], snapshot.VpnConnections.Select(c => c.Arn));
        var office = snapshot.VpnConnections[0];
        Assert.Equal(("office", "vpn-0office", FakeAws.AccountId, FakeAws.Region), (office.Name, office.VpnConnectionId, office.AccountId, office.Region));
        Assert.Equal(("available", "tgw-0core", "cgw-0office", null), (office.State, office.TransitGatewayId, office.CustomerGatewayId, office.VpnGatewayId));
        Assert.Equal(
            [
                new VpnTunnel { OutsideIpAddress = "52.30.0.1", Status = "UP", StatusMessage = "2 BGP ROUTES", LogEnabled = true, LogGroupArn = "arn:aws:logs:eu-west-1:123456789012:log-group:vpn" },
                new VpnTunnel { OutsideIpAddress = "52.30.0.2", Status = "UP", StatusMessage = "2 BGP ROUTES", LogEnabled = true, LogGroupArn = "arn:aws:logs:eu-west-1:123456789012:log-group:vpn" },
            ],
            office.Tunnels);
        var backup = snapshot.VpnConnections[1];
        Assert.Equal(("vpn-0backup", "vgw-0backup"), (backup.Name, backup.VpnGatewayId));
        Assert.Equal(["UP", "DOWN"], backup.Tunnels.Select(t => t.Status));
        Assert.Equal("IPSEC IS DOWN", backup.Tunnels[1].StatusMessage);
        Assert.All(backup.Tunnels, t => Assert.False(t.LogEnabled));
    }

    [Fact]
    public async Task Collect_ReadsGatewaysEndpointsAndBlockPublicAccess_AcrossTwoPages()
    {
        using var fake = Ec2ConnectivityEstate.Register(new FakeAws());

        var snapshot = await fake.CollectAsync(new Ec2ConnectivityCollector());

        Assert.Equal([Ec2ConnectivityEstate.CoreGatewayArn, Ec2ConnectivityEstate.SharedGatewayArn], snapshot.TransitGateways.Select(g => g.Arn));
        var core = snapshot.TransitGateways[0];
        Assert.Equal(("core", "tgw-0core", "available", "123456789012"), (core.Name, core.TransitGatewayId, core.State, core.OwnerId));
        Assert.Equal(("disable", "enable", "enable"), (core.AutoAcceptSharedAttachments, core.DefaultRouteTableAssociation, core.DefaultRouteTablePropagation));
        Assert.True(snapshot.TransitGateways[1].AutoAcceptsAttachments);
        Assert.Equal("page-2", fake.Requests.Last(r => r.Operation == "DescribeTransitGateways").Form["NextToken"]);

        Assert.Equal([Ec2ConnectivityEstate.StaffEndpointArn, Ec2ConnectivityEstate.LabEndpointArn], snapshot.ClientVpnEndpoints.Select(e => e.Arn));
        var staff = snapshot.ClientVpnEndpoints[0];
        Assert.Equal(("staff", "cvpn-endpoint-0staff", "available", "vpc-0a1b2c3d", "10.200.0.0/16"), (staff.Name, staff.ClientVpnEndpointId, staff.Status, staff.VpcId, staff.ClientCidrBlock));
        Assert.Equal((true, "client-vpn", "staff"), (staff.ConnectionLogEnabled, staff.ConnectionLogGroup, staff.ConnectionLogStream));
        var lab = snapshot.ClientVpnEndpoints[1];
        Assert.Equal(("pending-associate", false, null), (lab.Status, lab.ConnectionLogEnabled, lab.ConnectionLogGroup));
        Assert.Equal("page-2", fake.Requests.Last(r => r.Operation == "DescribeClientVpnEndpoints").Form["NextToken"]);

        var settings = Assert.Single(snapshot.AccountRegions);
        Assert.Equal((SettingsArn, "block-ingress"), (settings.Arn, settings.VpcBlockPublicAccessMode));
        Assert.Empty(settings.Unreadable);
    }

    [Fact]
    public async Task Collect_WhenListingsAreDenied_RecordsTheErrorsAndAddsNoResources()
    {
        using var fake = Ec2ConnectivityEstate.Register(new FakeAws())
            .On("ec2", "DescribeVpnConnections", _ => FakeAws.Ec2Denied())
            .On("ec2", "DescribeTransitGateways", _ => FakeAws.Ec2Denied())
            .On("ec2", "DescribeClientVpnEndpoints", _ => FakeAws.Ec2Denied());

        var snapshot = await fake.CollectAsync(new Ec2ConnectivityCollector());

        Assert.Empty(snapshot.VpnConnections);
        Assert.Empty(snapshot.TransitGateways);
        Assert.Empty(snapshot.ClientVpnEndpoints);
        Assert.Equal(
            [(ResourceTypes.ClientVpnEndpoint, "DescribeClientVpnEndpoints"), (ResourceTypes.TransitGateway, "DescribeTransitGateways"), (ResourceTypes.VpnConnection, "DescribeVpnConnections")],
            snapshot.Errors.Select(e => (e.ResourceType, e.Operation)).Order());
        Assert.All(snapshot.Errors, e => Assert.Equal(("UnauthorizedOperation", null), (e.ErrorCode, e.ResourceArn)));
    }

    [Fact]
    public async Task Collect_WhenBlockPublicAccessIsDenied_MarksTheRegionalSettingUnreadable()
    {
        using var fake = Ec2ConnectivityEstate.Register(new FakeAws()).On("ec2", "DescribeVpcBlockPublicAccessOptions", _ => FakeAws.Ec2Denied());

        var snapshot = await fake.CollectAsync(new Ec2ConnectivityCollector());

        var settings = Assert.Single(snapshot.AccountRegions);
        Assert.Null(settings.VpcBlockPublicAccessMode);
        Assert.Equal([nameof(AccountRegion.VpcBlockPublicAccessMode)], settings.Unreadable);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal((SettingsArn, nameof(AccountRegion.VpcBlockPublicAccessMode), "DescribeVpcBlockPublicAccessOptions"), (error.ResourceArn, error.Property, error.Operation));
        Assert.Equal(FindingStatus.Error, Assert.Single(CheckRun.Findings(snapshot, "ec2-vpc-block-public-access-enabled")).Status);
    }

    [Fact]
    public async Task Checks_OnTheCollectedEstate_JudgeTunnelsLoggingAndAttachments()
    {
        using var fake = Ec2ConnectivityEstate.Register(new FakeAws());

        var snapshot = await fake.CollectAsync(new Ec2ConnectivityCollector());

        Assert.Equal(FindingStatus.Pass, CheckRun.StatusOf(snapshot, "ec2-vpn-connection-tunnels-up", Ec2ConnectivityEstate.OfficeArn));
        Assert.Equal(FindingStatus.Fail, CheckRun.StatusOf(snapshot, "ec2-vpn-connection-tunnels-up", Ec2ConnectivityEstate.BackupArn));
        Assert.Equal(FindingStatus.Pass, CheckRun.StatusOf(snapshot, "ec2-vpn-connection-logging-enabled", Ec2ConnectivityEstate.OfficeArn));
        Assert.Equal(FindingStatus.Fail, CheckRun.StatusOf(snapshot, "ec2-vpn-connection-logging-enabled", Ec2ConnectivityEstate.BackupArn));
        Assert.Equal(FindingStatus.Pass, CheckRun.StatusOf(snapshot, "ec2-transit-gateway-no-auto-accept", Ec2ConnectivityEstate.CoreGatewayArn));
        Assert.Equal(FindingStatus.Fail, CheckRun.StatusOf(snapshot, "ec2-transit-gateway-no-auto-accept", Ec2ConnectivityEstate.SharedGatewayArn));
        Assert.Equal(FindingStatus.Pass, CheckRun.StatusOf(snapshot, "ec2-client-vpn-connection-logging-enabled", Ec2ConnectivityEstate.StaffEndpointArn));
        Assert.Equal(FindingStatus.Fail, CheckRun.StatusOf(snapshot, "ec2-client-vpn-connection-logging-enabled", Ec2ConnectivityEstate.LabEndpointArn));
        Assert.Equal(FindingStatus.Pass, Assert.Single(CheckRun.Findings(snapshot, "ec2-vpc-block-public-access-enabled")).Status);
    }

    [Fact]
    public async Task Checks_WhenVpnConnectionsCouldNotBeListed_ReportErrorNotPass()
    {
        using var fake = Ec2ConnectivityEstate.Register(new FakeAws()).On("ec2", "DescribeVpnConnections", _ => FakeAws.Ec2Denied());

        var snapshot = await fake.CollectAsync(new Ec2ConnectivityCollector());

        var finding = Assert.Single(CheckRun.Findings(snapshot, "ec2-vpn-connection-tunnels-up"));
        Assert.Equal(FindingStatus.Error, finding.Status);
    }
}
