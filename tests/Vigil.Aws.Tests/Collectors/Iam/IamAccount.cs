using System.Text;

namespace Vigil.Aws.Tests.Collectors.Iam;

/// <summary>A scripted IAM account on a <see cref="FakeAws"/>: alice (console user with a virtual MFA device and one
/// access key, in group admins), one role in an instance profile, one customer managed policy with two versions,
/// one server certificate, a password policy, a root user with hardware MFA and no access keys. Every answer is
/// a wire body as IAM sends it; tests replace single operations.</summary>
internal static class IamAccount
{
    public const string AliceArn = "arn:aws:iam::123456789012:user/alice";
    public const string AdminPolicy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""";
    public const string ReadPolicy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:ListBucket"],"Resource":"*"}]}""";
    public const string TrustEc2 = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";

    public const string CredentialReport = """
        user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated
        <root_account>,arn:aws:iam::123456789012:root,2019-01-10T09:00:00+00:00,not_supported,2024-11-02T08:15:00+00:00,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A
        alice,arn:aws:iam::123456789012:user/alice,2020-03-01T10:00:00+00:00,true,2024-12-30T17:45:00+00:00,2020-03-02T10:00:00+00:00,N/A,true,true,2024-06-01T12:00:00+00:00,2024-12-31T08:00:00+00:00,us-east-1,s3,false,2023-01-01T00:00:00+00:00,N/A,N/A,N/A,false,N/A,false,N/A
        """;

    public static string Encode(string document) => Uri.EscapeDataString(document);

    public static string UsersAndGroupsPage => $"""
        <UserDetailList><member>
          <Path>/people/</Path><UserName>alice</UserName><UserId>AIDACKCEVSQ6C2EXAMPLE</UserId><Arn>{AliceArn}</Arn>
          <CreateDate>2020-03-01T10:00:00Z</CreateDate>
          <UserPolicyList><member><PolicyName>break-glass</PolicyName><PolicyDocument>{Encode(AdminPolicy)}</PolicyDocument></member></UserPolicyList>
          <GroupList><member>admins</member></GroupList>
          <AttachedManagedPolicies><member><PolicyName>ReadOnlyAccess</PolicyName><PolicyArn>arn:aws:iam::aws:policy/ReadOnlyAccess</PolicyArn></member></AttachedManagedPolicies>
          <PermissionsBoundary><PermissionsBoundaryType>Policy</PermissionsBoundaryType><PermissionsBoundaryArn>arn:aws:iam::123456789012:policy/Boundary</PermissionsBoundaryArn></PermissionsBoundary>
          <Tags><member><Key>team</Key><Value>security</Value></member></Tags>
        </member></UserDetailList>
        <GroupDetailList><member>
          <Path>/</Path><GroupName>admins</GroupName><GroupId>AGPACKCEVSQ6C2EXAMPLE</GroupId><Arn>arn:aws:iam::123456789012:group/admins</Arn>
          <CreateDate>2019-02-01T10:00:00Z</CreateDate>
          <GroupPolicyList><member><PolicyName>read</PolicyName><PolicyDocument>{Encode(ReadPolicy)}</PolicyDocument></member></GroupPolicyList>
          <AttachedManagedPolicies><member><PolicyName>AcmeAdmin</PolicyName><PolicyArn>arn:aws:iam::123456789012:policy/AcmeAdmin</PolicyArn></member></AttachedManagedPolicies>
        </member></GroupDetailList>
        <RoleDetailList/><Policies/>
        <IsTruncated>true</IsTruncated><Marker>page-2</Marker>
        """;

    public static string RolesAndPoliciesPage => $"""
        <UserDetailList/><GroupDetailList/>
        <RoleDetailList><member>
          <Path>/</Path><RoleName>web</RoleName><RoleId>AROADBQP57FF2AEXAMPLE</RoleId><Arn>arn:aws:iam::123456789012:role/web</Arn>
          <CreateDate>2021-05-05T05:05:05Z</CreateDate>
          <AssumeRolePolicyDocument>{Encode(TrustEc2)}</AssumeRolePolicyDocument>
          <InstanceProfileList><member>
            <Path>/</Path><InstanceProfileName>web-profile</InstanceProfileName><InstanceProfileId>AIPAD5ARO2C5EXAMPLE3G</InstanceProfileId>
            <Arn>arn:aws:iam::123456789012:instance-profile/web-profile</Arn><CreateDate>2021-05-05T05:05:06Z</CreateDate>
            <Roles><member><Path>/</Path><RoleName>web</RoleName><RoleId>AROADBQP57FF2AEXAMPLE</RoleId><Arn>arn:aws:iam::123456789012:role/web</Arn>
              <CreateDate>2021-05-05T05:05:05Z</CreateDate><AssumeRolePolicyDocument>{Encode(TrustEc2)}</AssumeRolePolicyDocument></member></Roles>
          </member></InstanceProfileList>
          <RolePolicyList/>
          <AttachedManagedPolicies><member><PolicyName>AcmeAdmin</PolicyName><PolicyArn>arn:aws:iam::123456789012:policy/AcmeAdmin</PolicyArn></member></AttachedManagedPolicies>
          <RoleLastUsed><LastUsedDate>2024-12-30T23:59:01Z</LastUsedDate><Region>eu-west-1</Region></RoleLastUsed>
          <Tags><member><Key>app</Key><Value>web</Value></member></Tags>
        </member></RoleDetailList>
        <Policies><member>
          <PolicyName>AcmeAdmin</PolicyName><PolicyId>ANPAJ2UCCR6DPCEXAMPLE</PolicyId><Arn>arn:aws:iam::123456789012:policy/AcmeAdmin</Arn>
          <Path>/</Path><DefaultVersionId>v2</DefaultVersionId><AttachmentCount>2</AttachmentCount><PermissionsBoundaryUsageCount>0</PermissionsBoundaryUsageCount>
          <IsAttachable>true</IsAttachable><CreateDate>2022-01-01T00:00:00Z</CreateDate><UpdateDate>2022-02-01T00:00:00Z</UpdateDate>
          <PolicyVersionList>
            <member><Document>{Encode(AdminPolicy)}</Document><VersionId>v2</VersionId><IsDefaultVersion>true</IsDefaultVersion><CreateDate>2022-02-01T00:00:00Z</CreateDate></member>
            <member><Document>{Encode(ReadPolicy)}</Document><VersionId>v1</VersionId><IsDefaultVersion>false</IsDefaultVersion><CreateDate>2022-01-01T00:00:00Z</CreateDate></member>
          </PolicyVersionList>
        </member><member>
          <PolicyName>ReadOnlyAccess</PolicyName><PolicyId>ANPAILL3HVNFSB6DCOWYQ</PolicyId><Arn>arn:aws:iam::aws:policy/ReadOnlyAccess</Arn>
          <Path>/</Path><DefaultVersionId>v1</DefaultVersionId><AttachmentCount>1</AttachmentCount><IsAttachable>true</IsAttachable>
          <PolicyVersionList><member><Document>{Encode(ReadPolicy)}</Document><VersionId>v1</VersionId><IsDefaultVersion>true</IsDefaultVersion></member></PolicyVersionList>
        </member></Policies>
        <IsTruncated>false</IsTruncated>
        """;

    public static FakeAws Script(FakeAws? aws = null)
    {
        aws ??= new FakeAws();
        aws.On("iam:GetAccountAuthorizationDetails", call => Wire.Iam("GetAccountAuthorizationDetails",
            call.Body.Contains("Marker=page-2", StringComparison.Ordinal) ? RolesAndPoliciesPage : UsersAndGroupsPage));
        aws.On("iam:ListAccessKeys", () => Wire.Iam("ListAccessKeys", """
            <UserName>alice</UserName>
            <AccessKeyMetadata><member><UserName>alice</UserName><AccessKeyId>AKIAIOSFODNN7EXAMPLE</AccessKeyId><Status>Active</Status><CreateDate>2024-06-01T12:00:00Z</CreateDate></member></AccessKeyMetadata>
            <IsTruncated>false</IsTruncated>
            """));
        aws.On("iam:GetAccessKeyLastUsed", () => Wire.Iam("GetAccessKeyLastUsed", """
            <UserName>alice</UserName><AccessKeyLastUsed><LastUsedDate>2024-12-31T08:00:00Z</LastUsedDate><ServiceName>s3</ServiceName><Region>us-east-1</Region></AccessKeyLastUsed>
            """));
        aws.On("iam:ListMFADevices", () => Wire.Iam("ListMFADevices", """
            <MFADevices><member><UserName>alice</UserName><SerialNumber>arn:aws:iam::123456789012:mfa/alice</SerialNumber><EnableDate>2020-03-02T11:00:00Z</EnableDate></member></MFADevices>
            <IsTruncated>false</IsTruncated>
            """));
        aws.On("iam:ListServerCertificates", () => Wire.Iam("ListServerCertificates", """
            <ServerCertificateMetadataList><member><ServerCertificateId>ASCA1111111111EXAMPLE</ServerCertificateId><ServerCertificateName>legacy-web</ServerCertificateName>
            <Path>/cloudfront/</Path><Arn>arn:aws:iam::123456789012:server-certificate/cloudfront/legacy-web</Arn>
            <UploadDate>2023-03-01T00:00:00Z</UploadDate><Expiration>2025-03-01T00:00:00Z</Expiration></member></ServerCertificateMetadataList>
            <IsTruncated>false</IsTruncated>
            """));
        aws.On("iam:GetAccountPasswordPolicy", () => Wire.Iam("GetAccountPasswordPolicy", """
            <PasswordPolicy><MinimumPasswordLength>14</MinimumPasswordLength><RequireSymbols>true</RequireSymbols><RequireNumbers>true</RequireNumbers>
            <RequireUppercaseCharacters>true</RequireUppercaseCharacters><RequireLowercaseCharacters>false</RequireLowercaseCharacters>
            <AllowUsersToChangePassword>true</AllowUsersToChangePassword><ExpirePasswords>true</ExpirePasswords><MaxPasswordAge>90</MaxPasswordAge>
            <PasswordReusePrevention>24</PasswordReusePrevention><HardExpiry>false</HardExpiry></PasswordPolicy>
            """));
        aws.On("iam:GenerateCredentialReport", () => Wire.Iam("GenerateCredentialReport", "<State>COMPLETE</State>"));
        aws.On("iam:GetCredentialReport", () => Wire.Iam("GetCredentialReport",
            $"<Content>{Convert.ToBase64String(Encoding.UTF8.GetBytes(CredentialReport))}</Content><ReportFormat>text/csv</ReportFormat><GeneratedTime>2025-01-01T00:00:00Z</GeneratedTime>"));
        aws.On("iam:GetAccountSummary", () => Wire.Iam("GetAccountSummary", """
            <SummaryMap><entry><key>AccountMFAEnabled</key><value>1</value></entry><entry><key>AccountAccessKeysPresent</key><value>0</value></entry>
            <entry><key>Users</key><value>1</value></entry></SummaryMap>
            """));
        aws.On("iam:ListVirtualMFADevices", () => Wire.Iam("ListVirtualMFADevices", """
            <VirtualMFADevices><member><SerialNumber>arn:aws:iam::123456789012:mfa/alice</SerialNumber>
            <User><Path>/people/</Path><UserName>alice</UserName><UserId>AIDACKCEVSQ6C2EXAMPLE</UserId><Arn>arn:aws:iam::123456789012:user/alice</Arn><CreateDate>2020-03-01T10:00:00Z</CreateDate></User>
            <EnableDate>2020-03-02T11:00:00Z</EnableDate></member></VirtualMFADevices>
            <IsTruncated>false</IsTruncated>
            """));
        return aws;
    }
}
