namespace Vigil.Importers.Tests.CloudFormation;

public sealed class IamMappingTests
{
    private const string Role = """
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              RoleName: app
              Path: /service/
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: {Service: ec2.amazonaws.com}
                    Action: sts:AssumeRole
              ManagedPolicyArns: [arn:aws:iam::aws:policy/ReadOnlyAccess]
        """;

    [Fact]
    public void Role_IsGlobalWithItsPathInTheArn()
    {
        var role = Assert.Single(TemplateImport.Text(Role).IamRoles);
        Assert.Equal("arn:aws:iam::000000000000:role/service/app", role.Arn);
        Assert.Null(role.Region);
        Assert.Equal("/service/", role.Path);
        Assert.Contains("ec2.amazonaws.com", role.TrustPolicy, StringComparison.Ordinal);
        Assert.Equal("ReadOnlyAccess", Assert.Single(role.AttachedPolicies).PolicyName);
    }

    [Fact]
    public void IamPolicy_IsAnInlinePolicyOfEachRoleItNames()
    {
        var snapshot = TemplateImport.Text(Role + """

              Inline:
                Type: AWS::IAM::Policy
                Properties:
                  PolicyName: read-data
                  Roles: [!Ref Role]
                  PolicyDocument: {Statement: [{Effect: Allow, Action: 's3:GetObject', Resource: '*'}]}
            """);
        Assert.Equal("read-data", Assert.Single(Assert.Single(snapshot.IamRoles).InlinePolicies).PolicyName);
    }

    [Fact]
    public void ManagedPolicy_IsAttachedToTheRolesItNamesAndCountsThem()
    {
        var snapshot = TemplateImport.Text(Role + """

              Shared:
                Type: AWS::IAM::ManagedPolicy
                Properties:
                  Roles: [!Ref Role]
                  PolicyDocument: {Statement: [{Effect: Allow, Action: '*', Resource: '*'}]}
            """);
        var policy = Assert.Single(snapshot.IamPolicies);
        Assert.Equal(1, policy.AttachmentCount);
        Assert.Equal("v1", Assert.Single(policy.Versions).VersionId);
        Assert.Contains(Assert.Single(snapshot.IamRoles).AttachedPolicies, a => a.PolicyArn == policy.Arn);
    }

    [Fact]
    public void User_WithLoginProfileAndAccessKey_HasAPasswordAndAnActiveKey()
    {
        var snapshot = TemplateImport.Text("""
            Resources:
              Alice:
                Type: AWS::IAM::User
                Properties:
                  LoginProfile: {Password: secret}
              Key:
                Type: AWS::IAM::AccessKey
                Properties:
                  UserName: !Ref Alice
            """);
        var user = Assert.Single(snapshot.IamUsers);
        Assert.True(user.HasConsolePassword);
        Assert.True(Assert.Single(user.AccessKeys).IsActive);
    }
}
