import {
  Topic, A, B, ORG, ALICE, CAROL, ROLE, SESSION, FEDERATED, ROOT_A, ROOT_B, BOB_B, ROLE_B, SESSION_B,
  BUCKET_ARN, OBJECT, QUEUE, KEY, INSTANCE, policy, allow, deny, FULL_AWS_ACCESS, RCP_FULL_AWS_ACCESS
} from './gen-common.mjs';

const GUIDE = 'AWS IAM User Guide';
const id = (...s) => ({ identityPolicies: [policy(...s)] });
const rp = (...s) => ({ resourcePolicy: policy(...s) });
const bucketAllow = (Principal, extra = {}) => allow('s3:GetObject', `${BUCKET_ARN}/*`, { Principal, ...extra });
const SESSION_ARN_DIVERGENCE = `${GUIDE}, Policy evaluation logic (Resource-based policies table) and Session policies: a resource-based policy that names the role session ARN or federated-user session ARN directly is not limited by an implicit deny in the identity policies, the permissions boundary or the session policy. iam-simulate short-circuits on the session policy.`;
const RCP_SERVICE_DIVERGENCE = 'AWS Organizations User Guide, Resource control policies (RCPs), List of AWS services that support RCPs: RCPs apply only to the listed services; this one is not on the list. iam-simulate applies RCPs to every service.';

export function variables() {
  const t = new Topic('policy-variables', 'Policy variables in Resource and Condition, defaults, the ${*} ${?} ${$} escapes, and Version 2008-10-17 leaving ${...} literal.',
    `${GUIDE}: IAM policy elements: Variables and tags`);
  const home = `${BUCKET_ARN}/home/\${aws:username}/*`;
  t.add('Username_InResource_MatchesOwnFolder', 'allowed', { resource: `${BUCKET_ARN}/home/alice/notes.txt`, context: { 'aws:username': 'alice' }, ...id(allow('s3:GetObject', home)) });
  t.add('Username_InResource_DoesNotMatchOtherFolder', 'implicitDeny', { resource: `${BUCKET_ARN}/home/carol/notes.txt`, context: { 'aws:username': 'alice' }, ...id(allow('s3:GetObject', home)) });
  t.add('Username_MissingFromContext_ResourceDoesNotMatch', 'implicitDeny', { resource: `${BUCKET_ARN}/home/alice/notes.txt`, ...id(allow('s3:GetObject', home)) });
  t.add('Default_UsedWhenKeyMissing', 'allowed', { resource: `${BUCKET_ARN}/home/guest/notes.txt`, ...id(allow('s3:GetObject', `${BUCKET_ARN}/home/\${aws:username, 'guest'}/*`)) });
  t.add('Default_IgnoredWhenKeyPresent', 'implicitDeny', { resource: `${BUCKET_ARN}/home/guest/notes.txt`, context: { 'aws:username': 'alice' }, ...id(allow('s3:GetObject', `${BUCKET_ARN}/home/\${aws:username, 'guest'}/*`)) });
  t.add('PrincipalTag_InResource_Matches', 'allowed', { resource: `${BUCKET_ARN}/blue/plan.txt`, context: { 'aws:PrincipalTag/team': 'blue' }, ...id(allow('s3:GetObject', `${BUCKET_ARN}/\${aws:PrincipalTag/team}/*`)) });
  t.add('Variable_AtStartOfResourcePart_Matches', 'allowed', { resource: 'arn:aws:s3:::alice-bucket/data.csv', context: { 'aws:username': 'alice' }, ...id(allow('s3:GetObject', 'arn:aws:s3:::${aws:username}-bucket/*')) });
  t.add('Variable_InAccountField_IsNotSubstituted', 'implicitDeny', { action: 'sqs:SendMessage', resource: QUEUE, context: { 'aws:PrincipalAccount': A }, ...id(allow('sqs:SendMessage', 'arn:aws:sqs:us-east-1:${aws:PrincipalAccount}:*')) });
  t.add('Variable_InConditionValue_Matches', 'allowed', { action: 's3:ListBucket', resource: BUCKET_ARN, context: { 'aws:username': 'alice', 's3:prefix': 'home/alice/' }, ...id(allow('s3:ListBucket', BUCKET_ARN, { Condition: { StringLike: { 's3:prefix': 'home/${aws:username}/*' } } })) });
  t.add('Variable_InConditionValue_OtherPrefix_DoesNotMatch', 'implicitDeny', { action: 's3:ListBucket', resource: BUCKET_ARN, context: { 'aws:username': 'alice', 's3:prefix': 'home/carol/' }, ...id(allow('s3:ListBucket', BUCKET_ARN, { Condition: { StringLike: { 's3:prefix': 'home/${aws:username}/*' } } })) });
  t.add('Variable_InConditionValue_KeyMissing_DoesNotMatch', 'implicitDeny', { action: 's3:ListBucket', resource: BUCKET_ARN, context: { 's3:prefix': 'home/alice/' }, ...id(allow('s3:ListBucket', BUCKET_ARN, { Condition: { StringLike: { 's3:prefix': 'home/${aws:username}/*' } } })) });
  t.add('EscapedStar_MatchesLiteralStarOnly', 'allowed', { resource: `${BUCKET_ARN}/a*b`, ...id(allow('s3:GetObject', `${BUCKET_ARN}/a\${*}b`)) });
  t.add('EscapedStar_IsNotAWildcard', 'implicitDeny', { resource: `${BUCKET_ARN}/axyzb`, ...id(allow('s3:GetObject', `${BUCKET_ARN}/a\${*}b`)) });
  t.add('EscapedQuestionMark_IsNotAWildcard', 'implicitDeny', { resource: `${BUCKET_ARN}/axb`, ...id(allow('s3:GetObject', `${BUCKET_ARN}/a\${?}b`)) });
  t.add('EscapedDollar_MatchesLiteralDollar', 'allowed', { resource: `${BUCKET_ARN}/price$`, ...id(allow('s3:GetObject', `${BUCKET_ARN}/price\${$}`)) });
  const NO_VALUE = `${GUIDE}, IAM policy elements: Variables and tags (Policy variables with no value): inverted condition operators like StringNotEquals match against the effectively null value of a variable whose key is absent, and a Resource or NotResource entry with such a variable matches no resource.`;
  const teamDeny = deny('s3:GetObject', `${BUCKET_ARN}/*`, { Condition: { StringNotEquals: { 's3:ExistingObjectTag/team': '${aws:PrincipalTag/team}' } } });
  t.add('NoValue_NegatedCondition_MatchesNull_Denies', 'explicitDeny', { context: { 's3:ExistingObjectTag/team': 'blue' }, ...id(allow('s3:GetObject', '*'), teamDeny) }, { divergence: `${NO_VALUE} iam-simulate treats the unresolved value as never matching, so the Deny does not apply.` });
  t.add('NoValue_NegatedCondition_TagsEqual_DoesNotDeny', 'allowed', { context: { 's3:ExistingObjectTag/team': 'blue', 'aws:PrincipalTag/team': 'blue' }, ...id(allow('s3:GetObject', '*'), teamDeny) });
  t.add('NoValue_InNotResource_ExcludesNothing_Allows', 'allowed', id({ Effect: 'Allow', Action: 's3:GetObject', NotResource: `${BUCKET_ARN}/home/\${aws:username}/*` }), { divergence: `${NO_VALUE} iam-simulate leaves the whole NotResource statement unapplied.` });
  t.add('Version2008_VariableIsLiteral_DoesNotSubstitute', 'implicitDeny', { resource: `${BUCKET_ARN}/home/alice/notes.txt`, context: { 'aws:username': 'alice' }, identityPolicies: [{ Version: '2008-10-17', Statement: [allow('s3:GetObject', home)] }] }, { divergence: 'AWS IAM User Guide, IAM JSON policy elements: Version and IAM policy elements: Variables and tags: policy variables need Version 2012-10-17; under 2008-10-17 (the default when Version is omitted) ${aws:username} is literal text. iam-simulate substitutes variables whatever the Version.' });
  t.add('NoVersion_VariableIsLiteral_DoesNotSubstitute', 'implicitDeny', { resource: `${BUCKET_ARN}/home/alice/notes.txt`, context: { 'aws:username': 'alice' }, identityPolicies: [{ Statement: [allow('s3:GetObject', home)] }] }, { divergence: 'AWS IAM User Guide, IAM JSON policy elements: Version and IAM policy elements: Variables and tags: policy variables need Version 2012-10-17; under 2008-10-17 (the default when Version is omitted) ${aws:username} is literal text. iam-simulate substitutes variables whatever the Version.' });
  return t;
}

export function callerIdentity() {
  const t = new Topic('sts-get-caller-identity', 'sts:GetCallerIdentity needs no permission and is allowed even when a policy denies it.',
    'AWS STS API Reference, GetCallerIdentity: No permissions are required to perform this operation; an explicit deny of sts:GetCallerIdentity does not stop it.');
  const who = { action: 'sts:GetCallerIdentity', resource: '*' };
  t.add('User_NoPolicies_Allowed', 'allowed', who);
  t.add('User_ExplicitDeny_StillAllowed', 'allowed', { ...who, ...id(deny('*', '*')) });
  t.add('RoleSession_SessionPolicyDenies_StillAllowed', 'allowed', { ...who, principal: SESSION, sessionPolicy: policy(deny('sts:*', '*')) });
  t.add('User_ScpDenies_StillAllowed', 'allowed', { ...who, scps: [[FULL_AWS_ACCESS, policy(deny('sts:GetCallerIdentity', '*'))]] });
  t.add('OtherStsAction_NoPolicies_ImplicitDeny', 'implicitDeny', { action: 'sts:GetSessionToken', resource: '*' });
  t.add('Anonymous_NotAllowed', 'implicitDeny', { ...who, principal: 'anonymous' });
  return t;
}

export function explicitDeny() {
  const t = new Topic('explicit-deny', 'An applicable Deny in any policy type ends evaluation with explicitDeny.', `${GUIDE}: Policy evaluation logic (Determining whether a request is allowed or denied within an account)`);
  t.add('DenyInSamePolicy_OverridesAllow', 'explicitDeny', id(allow('s3:*', '*'), deny('s3:GetObject', OBJECT)));
  t.add('DenyBeforeAllow_OrderDoesNotMatter', 'explicitDeny', id(deny('s3:GetObject', OBJECT), allow('s3:*', '*')));
  t.add('DenyInOtherIdentityPolicy_OverridesAllow', 'explicitDeny', { identityPolicies: [policy(allow('s3:*', '*')), policy(deny('s3:*', `${BUCKET_ARN}/*`))] });
  t.add('DenyAlone_IsExplicitDeny', 'explicitDeny', id(deny('s3:GetObject', '*')));
  t.add('DenyNotApplicable_LeavesAllow', 'allowed', id(allow('s3:*', '*'), deny('s3:PutObject', '*')));
  t.add('DenyNotApplicable_NoAllow_ImplicitDeny', 'implicitDeny', id(deny('s3:PutObject', '*')));
  t.add('DenyConditionFalse_LeavesAllow', 'allowed', { context: { 'aws:SourceIp': '203.0.113.5' }, ...id(allow('s3:*', '*'), deny('s3:*', '*', { Condition: { NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } })) });
  t.add('DenyInResourcePolicy_OverridesIdentityAllow', 'explicitDeny', { ...id(allow('s3:*', '*')), ...rp(deny('s3:GetObject', `${BUCKET_ARN}/*`, { Principal: '*' })) });
  t.add('DenyInIdentity_OverridesResourcePolicyAllow', 'explicitDeny', { ...id(deny('s3:GetObject', '*')), ...rp(bucketAllow({ AWS: ALICE })) });
  t.add('DenyInBoundary_IsExplicitDeny', 'explicitDeny', { ...id(allow('s3:*', '*')), permissionsBoundary: policy(allow('*', '*'), deny('s3:GetObject', '*')) });
  t.add('DenyInScp_IsExplicitDeny', 'explicitDeny', { ...id(allow('s3:*', '*')), scps: [[FULL_AWS_ACCESS, policy(deny('s3:GetObject', '*'))]] });
  t.add('DenyInRcp_IsExplicitDeny', 'explicitDeny', { ...id(allow('s3:*', '*')), rcps: [[RCP_FULL_AWS_ACCESS, policy(deny('s3:GetObject', '*', { Principal: '*' }))]] });
  t.add('DenyInSessionPolicy_IsExplicitDeny', 'explicitDeny', { principal: SESSION, ...id(allow('s3:*', '*')), sessionPolicy: policy(allow('s3:*', '*'), deny('s3:GetObject', '*')) });
  t.add('DenyInResourcePolicy_BeatsUserNamedAllow', 'explicitDeny', rp(bucketAllow({ AWS: ALICE }), deny('s3:GetObject', `${BUCKET_ARN}/*`, { Principal: { AWS: ALICE } })));
  return t;
}

export function principalTypes() {
  const t = new Topic('resource-policy-principal-types', 'Same-account resource policy naming the caller directly: which implicit denies still limit the result (iam.md §2.1).',
    `${GUIDE}: Policy evaluation logic (Evaluating identity-based and resource-based policies together; the principal table) and Cross-account policy evaluation logic`);
  const narrowPb = { permissionsBoundary: policy(allow('ec2:*', '*')) };
  const narrowSession = { sessionPolicy: policy(allow('sqs:*', '*')) };
  t.add('UserArn_NoIdentityPolicy_Allows', 'allowed', rp(bucketAllow({ AWS: ALICE })));
  t.add('UserArn_BoundaryDoesNotAllow_StillAllows', 'allowed', { ...rp(bucketAllow({ AWS: ALICE })), ...narrowPb });
  t.add('UserArn_OtherCaller_ImplicitDeny', 'implicitDeny', { principal: CAROL, ...rp(bucketAllow({ AWS: ALICE })) });
  t.add('RoleArn_SessionCaller_NoIdentityPolicy_Allows', 'allowed', { principal: SESSION, ...rp(bucketAllow({ AWS: ROLE })) });
  t.add('RoleArn_BoundaryDoesNotAllow_ImplicitDeny', 'implicitDeny', { principal: SESSION, ...rp(bucketAllow({ AWS: ROLE })), ...narrowPb });
  t.add('RoleArn_SessionPolicyDoesNotAllow_ImplicitDeny', 'implicitDeny', { principal: SESSION, ...rp(bucketAllow({ AWS: ROLE })), ...narrowSession });
  t.add('RoleArn_SessionPolicyAllows_Allows', 'allowed', { principal: SESSION, ...rp(bucketAllow({ AWS: ROLE })), sessionPolicy: policy(allow('s3:GetObject', '*')) });
  t.add('Wildcard_RoleCaller_BoundaryDoesNotAllow_StillAllows', 'allowed', { principal: ROLE, ...rp(bucketAllow('*')), ...narrowPb });
  t.add('Wildcard_SessionCaller_SessionPolicyDoesNotAllow_StillAllows', 'allowed', { principal: SESSION, ...rp(bucketAllow('*')), sessionPolicy: policy(allow('sqs:*', '*')) }, { divergence: SESSION_ARN_DIVERGENCE });
  t.add('SessionArn_NoIdentityPolicy_Allows', 'allowed', { principal: SESSION, ...rp(bucketAllow({ AWS: SESSION })) });
  t.add('SessionArn_SessionPolicyDoesNotAllow_StillAllows', 'allowed', { principal: SESSION, ...rp(bucketAllow({ AWS: SESSION })), ...narrowSession }, { divergence: SESSION_ARN_DIVERGENCE });
  t.add('SessionArn_BoundaryDoesNotAllow_StillAllows', 'allowed', { principal: SESSION, ...rp(bucketAllow({ AWS: SESSION })), ...narrowPb });
  t.add('SessionArn_OtherSessionOfSameRole_ImplicitDeny', 'implicitDeny', { principal: `arn:aws:sts::${A}:assumed-role/app-role/session2`, ...rp(bucketAllow({ AWS: SESSION })) });
  t.add('FederatedSessionArn_SessionPolicyDoesNotAllow_StillAllows', 'allowed', { principal: FEDERATED, ...rp(bucketAllow({ AWS: FEDERATED })), ...narrowSession }, { divergence: SESSION_ARN_DIVERGENCE });
  t.add('FederatedSessionArn_SessionPolicyAllows_Allows', 'allowed', { principal: FEDERATED, ...rp(bucketAllow({ AWS: FEDERATED })), sessionPolicy: policy(allow('s3:GetObject', '*')) });
  t.add('AccountRoot_NoIdentityPolicy_ImplicitDeny', 'implicitDeny', rp(bucketAllow({ AWS: ROOT_A })));
  t.add('AccountRoot_IdentityAllows_Allows', 'allowed', { ...rp(bucketAllow({ AWS: ROOT_A })), ...id(allow('s3:GetObject', '*')) });
  t.add('AccountRoot_IdentityAllowsButBoundaryDoesNot_ImplicitDeny', 'implicitDeny', { ...rp(bucketAllow({ AWS: ROOT_A })), ...id(allow('s3:GetObject', '*')), ...narrowPb });
  const trail = { principal: 'cloudtrail.amazonaws.com', action: 's3:PutObject', resource: `${BUCKET_ARN}/AWSLogs/${A}/CloudTrail/log.json.gz` };
  const trailAllow = (extra = {}) => rp(allow('s3:PutObject', `${BUCKET_ARN}/AWSLogs/${A}/*`, { Principal: { Service: 'cloudtrail.amazonaws.com' }, ...extra }));
  t.add('ServicePrincipal_Named_Allows', 'allowed', { ...trail, ...trailAllow() });
  t.add('ServicePrincipal_NotNamed_ImplicitDeny', 'implicitDeny', { ...trail, ...rp(allow('s3:PutObject', `${BUCKET_ARN}/*`, { Principal: { Service: 'config.amazonaws.com' } })) });
  t.add('ServicePrincipal_NoResourcePolicy_ImplicitDeny', 'implicitDeny', { ...trail });
  t.add('ServicePrincipal_SourceAccountMatches_Allows', 'allowed', { ...trail, context: { 'aws:SourceAccount': A }, ...trailAllow({ Condition: { StringEquals: { 'aws:SourceAccount': A } } }) });
  t.add('ServicePrincipal_SourceAccountOther_ImplicitDeny', 'implicitDeny', { ...trail, context: { 'aws:SourceAccount': B }, ...trailAllow({ Condition: { StringEquals: { 'aws:SourceAccount': A } } }) });
  t.add('Anonymous_PrincipalStar_Allows', 'allowed', { principal: 'anonymous', ...rp(bucketAllow('*')) });
  t.add('Anonymous_PrincipalAwsStar_Allows', 'allowed', { principal: 'anonymous', ...rp(bucketAllow({ AWS: '*' })) });
  t.add('Anonymous_AccountPrincipal_ImplicitDeny', 'implicitDeny', { principal: 'anonymous', ...rp(bucketAllow({ AWS: ROOT_A })) });
  t.add('Anonymous_NoResourcePolicy_ImplicitDeny', 'implicitDeny', { principal: 'anonymous' });
  t.add('Anonymous_DenyStatement_ExplicitDeny', 'explicitDeny', { principal: 'anonymous', ...rp(bucketAllow('*'), deny('s3:GetObject', `${BUCKET_ARN}/reports/*`, { Principal: '*' })) });
  t.add('Anonymous_OrgCondition_KeyMissing_ImplicitDeny', 'implicitDeny', { principal: 'anonymous', ...rp(bucketAllow('*', { Condition: { StringEquals: { 'aws:PrincipalOrgID': ORG } } })) });
  return t;
}

export function trustAndKey() {
  const t = new Topic('trust-and-key-policies', 'Role trust policies and KMS key policies must allow the request themselves; naming the account root delegates to identity policies (iam.md §2.2).',
    `${GUIDE}: Policy evaluation logic (Resource-based policies: role trust policies and KMS key policies) and AWS KMS Developer Guide: Key policies`);
  const DEPLOY = `arn:aws:iam::${A}:role/deploy-role`;
  const assume = { action: 'sts:AssumeRole', resource: DEPLOY };
  const trust = (Principal, extra = {}) => ({ resourcePolicy: policy({ Effect: 'Allow', Principal, Action: 'sts:AssumeRole', ...extra }) });
  const idAssume = id(allow('sts:AssumeRole', DEPLOY));
  t.add('Trust_NamesOnlyService_SameAccountUserWithIdentityAllow_ImplicitDeny', 'implicitDeny', { ...assume, ...idAssume, ...trust({ Service: 'ec2.amazonaws.com' }) });
  t.add('Trust_NamesAccountRoot_IdentityAllows_Allows', 'allowed', { ...assume, ...idAssume, ...trust({ AWS: ROOT_A }) });
  t.add('Trust_NamesAccountRoot_NoIdentityPolicy_ImplicitDeny', 'implicitDeny', { ...assume, ...trust({ AWS: ROOT_A }) });
  t.add('Trust_NamesUser_NoIdentityPolicy_Allows', 'allowed', { ...assume, ...trust({ AWS: ALICE }) });
  t.add('Trust_NamesOtherUser_IdentityAllows_ImplicitDeny', 'implicitDeny', { ...assume, ...idAssume, ...trust({ AWS: CAROL }) });
  t.add('Trust_DeniesUser_ExplicitDeny', 'explicitDeny', { ...assume, ...idAssume, resourcePolicy: policy({ Effect: 'Allow', Principal: { AWS: ROOT_A }, Action: 'sts:AssumeRole' }, { Effect: 'Deny', Principal: { AWS: ALICE }, Action: 'sts:AssumeRole' }) });
  t.add('Trust_NamesService_ServiceAssumes_Allows', 'allowed', { ...assume, principal: 'ec2.amazonaws.com', ...trust({ Service: 'ec2.amazonaws.com' }) });
  t.add('Trust_ExternalIdMatches_CrossAccount_Allows', 'allowed', { ...assume, principal: BOB_B, context: { 'sts:ExternalId': 'Unique-7f3a' }, ...idAssume, ...trust({ AWS: ROOT_B }, { Condition: { StringEquals: { 'sts:ExternalId': 'Unique-7f3a' } } }) });
  t.add('Trust_ExternalIdMissing_CrossAccount_ImplicitDeny', 'implicitDeny', { ...assume, principal: BOB_B, ...idAssume, ...trust({ AWS: ROOT_B }, { Condition: { StringEquals: { 'sts:ExternalId': 'Unique-7f3a' } } }) });
  t.add('Trust_CrossAccountRoot_NoIdentityInCaller_ImplicitDeny', 'implicitDeny', { ...assume, principal: BOB_B, ...trust({ AWS: ROOT_B }) });
  t.add('Trust_CrossAccountUserNamed_NoIdentityInCaller_ImplicitDeny', 'implicitDeny', { ...assume, principal: BOB_B, ...trust({ AWS: BOB_B }) });
  t.add('Trust_OnlyOwnAccountNamed_CrossAccountCaller_ImplicitDeny', 'implicitDeny', { ...assume, principal: BOB_B, ...idAssume, ...trust({ AWS: ROOT_A }) });
  const decrypt = { action: 'kms:Decrypt', resource: KEY };
  const keyPolicy = (Principal, Effect = 'Allow') => ({ resourcePolicy: policy({ Effect, Principal, Action: 'kms:*', Resource: '*' }) });
  const idKms = id(allow('kms:Decrypt', KEY));
  t.add('KeyPolicy_TrustsAccount_IdentityAllows_Allows', 'allowed', { ...decrypt, ...idKms, ...keyPolicy({ AWS: ROOT_A }) });
  t.add('KeyPolicy_TrustsAccount_NoIdentityPolicy_ImplicitDeny', 'implicitDeny', { ...decrypt, ...keyPolicy({ AWS: ROOT_A }) });
  t.add('KeyPolicy_DoesNotTrustAccount_IdentityAllows_ImplicitDeny', 'implicitDeny', { ...decrypt, ...idKms, ...keyPolicy({ AWS: `arn:aws:iam::${A}:role/key-admin` }) });
  t.add('KeyPolicy_NamesUser_NoIdentityPolicy_Allows', 'allowed', { ...decrypt, ...keyPolicy({ AWS: ALICE }) });
  t.add('KeyPolicy_DeniesUser_ExplicitDeny', 'explicitDeny', { ...decrypt, ...idKms, resourcePolicy: policy({ Effect: 'Allow', Principal: { AWS: ROOT_A }, Action: 'kms:*', Resource: '*' }, { Effect: 'Deny', Principal: { AWS: ALICE }, Action: 'kms:Decrypt', Resource: '*' }) });
  t.add('RootUser_KeyPolicyTrustsAccount_Allows', 'allowed', { ...decrypt, principal: ROOT_A, ...keyPolicy({ AWS: ROOT_A }) },
    { divergence: 'AWS KMS Developer Guide, Default key policy (Allows access to the AWS account and enables IAM policies): a key policy statement naming the account principal gives the account root user full access to the key, and the root user needs no identity policy in its own account. iam-simulate requires an identity policy for the root user.' });
  t.add('RootUser_KeyPolicyDoesNotTrustAccount_ImplicitDeny', 'implicitDeny', { ...decrypt, principal: ROOT_A, ...keyPolicy({ AWS: `arn:aws:iam::${A}:role/key-admin` }) });
  t.add('KeyPolicy_CrossAccountRootTrusted_CallerIdentityAllows_Allows', 'allowed', { ...decrypt, principal: BOB_B, ...idKms, ...keyPolicy({ AWS: ROOT_B }) });
  return t;
}

export function boundaries() {
  const t = new Topic('permissions-boundary', 'A permissions boundary caps identity-based grants and never grants by itself.', `${GUIDE}: Permissions boundaries for IAM entities (Evaluating effective permissions with boundaries)`);
  t.add('IdentityAndBoundaryAllow_Allows', 'allowed', { ...id(allow('s3:*', '*')), permissionsBoundary: policy(allow('s3:GetObject', '*')) });
  t.add('BoundaryDoesNotAllow_ImplicitDeny', 'implicitDeny', { ...id(allow('s3:*', '*')), permissionsBoundary: policy(allow('ec2:*', '*')) });
  t.add('BoundaryAllowsButIdentityDoesNot_ImplicitDeny', 'implicitDeny', { permissionsBoundary: policy(allow('*', '*')) });
  t.add('BoundaryDeny_ExplicitDeny', 'explicitDeny', { ...id(allow('s3:*', '*')), permissionsBoundary: policy(allow('*', '*'), deny('s3:GetObject', '*')) });
  t.add('AdminIdentity_BoundaryS3Only_CreateUser_ImplicitDeny', 'implicitDeny', { action: 'iam:CreateUser', resource: `arn:aws:iam::${A}:user/mallory`, ...id(allow('*', '*')), permissionsBoundary: policy(allow(['s3:*', 'cloudwatch:*', 'ec2:*'], '*')) });
  t.add('AdminIdentity_BoundaryS3Only_GetObject_Allows', 'allowed', { ...id(allow('*', '*')), permissionsBoundary: policy(allow(['s3:*', 'cloudwatch:*', 'ec2:*'], '*')) });
  t.add('BoundaryResourceScoped_OtherBucket_ImplicitDeny', 'implicitDeny', { resource: 'arn:aws:s3:::other-bucket/data.csv', ...id(allow('s3:*', '*')), permissionsBoundary: policy(allow('s3:*', `${BUCKET_ARN}/*`)) });
  t.add('BoundaryWithCondition_Met_Allows', 'allowed', { context: { 'aws:RequestedRegion': 'us-east-1' }, ...id(allow('s3:*', '*')), permissionsBoundary: policy(allow('*', '*', { Condition: { StringEquals: { 'aws:RequestedRegion': 'us-east-1' } } })) });
  t.add('BoundaryWithCondition_NotMet_ImplicitDeny', 'implicitDeny', { context: { 'aws:RequestedRegion': 'eu-west-1' }, ...id(allow('s3:*', '*')), permissionsBoundary: policy(allow('*', '*', { Condition: { StringEquals: { 'aws:RequestedRegion': 'us-east-1' } } })) });
  t.add('BoundaryNotActionAllow_ExcludesIam', 'implicitDeny', { action: 'iam:CreateUser', resource: `arn:aws:iam::${A}:user/mallory`, ...id(allow('*', '*')), permissionsBoundary: policy({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }) });
  t.add('BoundaryOnRoleSession_Limits', 'implicitDeny', { principal: SESSION, ...id(allow('s3:*', '*')), permissionsBoundary: policy(allow('sqs:*', '*')) });
  t.add('BoundaryEmptyStatementList_ImplicitDeny', 'implicitDeny', { ...id(allow('s3:*', '*')), permissionsBoundary: policy() });
  return t;
}

export function scps() {
  const t = new Topic('scp-levels', 'SCPs: every level (root, each OU, the account) must allow; SCPs never grant; service-linked roles are exempt (iam.md §2.3).',
    'AWS Organizations User Guide: Service control policies (SCPs) (SCP evaluation, Tasks and entities not restricted by SCPs) and AWS IAM User Guide: Policy evaluation logic');
  const full3 = [[FULL_AWS_ACCESS], [FULL_AWS_ACCESS], [FULL_AWS_ACCESS]];
  const idS3 = id(allow('s3:*', '*'));
  t.add('NoOrganization_IdentityAllows_Allows', 'allowed', idS3);
  t.add('FullAwsAccessAtEveryLevel_Allows', 'allowed', { ...idS3, scps: full3 });
  t.add('OuLevelWithoutAllow_ImplicitDeny', 'implicitDeny', { ...idS3, scps: [[FULL_AWS_ACCESS], [policy(allow('ec2:*', '*'))], [FULL_AWS_ACCESS]] });
  t.add('AccountLevelWithoutAllow_ImplicitDeny', 'implicitDeny', { ...idS3, scps: [[FULL_AWS_ACCESS], [FULL_AWS_ACCESS], [policy(allow('sqs:*', '*'))]] });
  t.add('AllowListAtOu_CoversAction_Allows', 'allowed', { ...idS3, scps: [[FULL_AWS_ACCESS], [policy(allow(['s3:*', 'sqs:*'], '*'))], [FULL_AWS_ACCESS]] });
  t.add('AnyPolicyAtLevelMayAllow', 'allowed', { ...idS3, scps: [[FULL_AWS_ACCESS], [policy(allow('ec2:*', '*')), policy(allow('s3:Get*', '*'))], [FULL_AWS_ACCESS]] });
  t.add('DenyAtOu_ExplicitDeny', 'explicitDeny', { ...idS3, scps: [[FULL_AWS_ACCESS], [FULL_AWS_ACCESS, policy(deny('s3:*', '*'))], [FULL_AWS_ACCESS]] });
  t.add('ScpAllowsButNoIdentityPolicy_ImplicitDeny', 'implicitDeny', { scps: full3 });
  const region = policy({ Effect: 'Deny', NotAction: ['iam:*', 'organizations:*', 'sts:*', 'support:*'], Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': ['us-east-1', 'us-west-2'] } } });
  const ec2Start = (r) => ({ action: 'ec2:StartInstances', resource: `arn:aws:ec2:${r}:${A}:instance/i-0123456789abcdef0`, context: { 'aws:RequestedRegion': r }, ...id(allow('ec2:*', '*')), scps: [[FULL_AWS_ACCESS, region]] });
  t.add('RegionGuard_OutsideAllowedRegions_ExplicitDeny', 'explicitDeny', ec2Start('eu-west-1'));
  t.add('RegionGuard_InsideAllowedRegions_Allows', 'allowed', ec2Start('us-west-2'));
  t.add('RegionGuard_ExemptGlobalService_Allows', 'allowed', { action: 'iam:CreateUser', resource: `arn:aws:iam::${A}:user/mallory`, context: { 'aws:RequestedRegion': 'eu-west-1' }, ...id(allow('iam:*', '*')), scps: [[FULL_AWS_ACCESS, region]] });
  const exempt = policy(deny('s3:DeleteObject', '*', { Condition: { ArnNotLike: { 'aws:PrincipalArn': `arn:aws:iam::${A}:role/break-glass` } } }));
  t.add('DenyWithPrincipalArnExemption_OtherPrincipal_ExplicitDeny', 'explicitDeny', { action: 's3:DeleteObject', principal: SESSION, context: { 'aws:PrincipalArn': ROLE }, ...idS3, scps: [[FULL_AWS_ACCESS, exempt]] });
  t.add('DenyWithPrincipalArnExemption_ExemptRole_Allows', 'allowed', { action: 's3:DeleteObject', principal: `arn:aws:sts::${A}:assumed-role/break-glass/ops`, context: { 'aws:PrincipalArn': `arn:aws:iam::${A}:role/break-glass` }, ...idS3, scps: [[FULL_AWS_ACCESS, exempt]] });
  t.add('RootUserOfMemberAccount_ScpDeny_ExplicitDeny', 'explicitDeny', { principal: ROOT_A, scps: [[FULL_AWS_ACCESS, policy(deny('s3:*', '*'))]] });
  t.add('RootUserOfMemberAccount_LevelWithoutAllow_ImplicitDeny', 'implicitDeny', { principal: ROOT_A, scps: [[FULL_AWS_ACCESS], [policy(allow('ec2:*', '*'))]] });
  t.add('RootUser_NoPolicies_AllowedInOwnAccount', 'allowed', { principal: ROOT_A, scps: full3 }, { divergence: 'AWS IAM User Guide, AWS account root user and Policy evaluation logic: the root user has full access to every resource in its own account without identity policies; only explicit denies, SCPs/RCPs of a member account and KMS key policies limit it. iam-simulate requires an identity policy for the root user.' });
  const SLR = `arn:aws:iam::${A}:role/aws-service-role/elasticloadbalancing.amazonaws.com/AWSServiceRoleForElasticLoadBalancing`;
  const slrDiv = 'AWS Organizations User Guide, Service control policies (SCPs), Tasks and entities not restricted by SCPs: SCPs do not affect service-linked roles. iam-simulate applies SCPs to them.';
  t.add('ServiceLinkedRole_ScpDeny_NotRestricted', 'allowed', { principal: SLR, action: 'ec2:DescribeInstances', resource: '*', ...id(allow('ec2:Describe*', '*')), scps: [[FULL_AWS_ACCESS, policy(deny('ec2:*', '*'))]] }, { divergence: slrDiv });
  t.add('ServiceLinkedRole_LevelWithoutAllow_NotRestricted', 'allowed', { principal: SLR, action: 'ec2:DescribeInstances', resource: '*', ...id(allow('ec2:Describe*', '*')), scps: [[FULL_AWS_ACCESS], [policy(allow('s3:*', '*'))]] }, { divergence: slrDiv });
  return t;
}

export function rcps() {
  const t = new Topic('rcp-levels', 'RCPs cap resources in member accounts, at every level, for the supported services only; they never grant (iam.md §2.3).',
    'AWS Organizations User Guide: Resource control policies (RCPs) (List of AWS services that support RCPs; Resources and entities not restricted by RCPs)');
  const full = [[RCP_FULL_AWS_ACCESS], [RCP_FULL_AWS_ACCESS], [RCP_FULL_AWS_ACCESS]];
  const withDeny = (d, level = 1) => full.map((l, i) => i === level ? [...l, policy(d)] : l);
  const idS3 = id(allow('s3:*', '*'));
  const tls = { Effect: 'Deny', Principal: '*', Action: ['s3:*', 'sqs:*', 'kms:*', 'sts:*', 'secretsmanager:*'], Resource: '*', Condition: { BoolIfExists: { 'aws:SecureTransport': 'false' } } };
  t.add('FullAccessEveryLevel_IdentityAllows_Allows', 'allowed', { ...idS3, rcps: full });
  t.add('FullAccessEveryLevel_NoGrant_ImplicitDeny', 'implicitDeny', { rcps: full });
  t.add('SecureTransportDeny_PlainHttp_ExplicitDeny', 'explicitDeny', { ...idS3, context: { 'aws:SecureTransport': 'false' }, rcps: withDeny(tls) });
  t.add('SecureTransportDeny_Https_Allows', 'allowed', { ...idS3, context: { 'aws:SecureTransport': 'true' }, rcps: withDeny(tls) });
  t.add('SecureTransportDeny_AppliesToRootUser', 'explicitDeny', { principal: ROOT_A, context: { 'aws:SecureTransport': 'false' }, rcps: withDeny(tls, 2) });
  const perimeter = { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*', Condition: { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': ORG }, BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' } } };
  const crossBucket = { principal: BOB_B, ...id(allow('s3:GetObject', '*')), ...rp(bucketAllow({ AWS: ROOT_B })) };
  t.add('Perimeter_PrincipalOutsideOrg_ExplicitDeny', 'explicitDeny', { ...crossBucket, context: { 'aws:PrincipalOrgID': 'o-zzzzzzzzzz', 'aws:PrincipalIsAWSService': 'false' }, rcps: withDeny(perimeter, 0) });
  t.add('Perimeter_PrincipalInsideOrg_Allows', 'allowed', { ...crossBucket, context: { 'aws:PrincipalOrgID': ORG, 'aws:PrincipalIsAWSService': 'false' }, rcps: withDeny(perimeter, 0) });
  t.add('Perimeter_AwsServicePrincipal_Exempt', 'allowed', { principal: 'cloudtrail.amazonaws.com', action: 's3:PutObject', resource: `${BUCKET_ARN}/AWSLogs/${A}/x.json.gz`, context: { 'aws:PrincipalIsAWSService': 'true' }, ...rp(allow('s3:PutObject', `${BUCKET_ARN}/*`, { Principal: { Service: 'cloudtrail.amazonaws.com' } })), rcps: withDeny(perimeter, 0) });
  t.add('DenyAtAccountLevel_ExplicitDeny', 'explicitDeny', { action: 'sqs:SendMessage', resource: QUEUE, ...id(allow('sqs:*', '*')), rcps: withDeny({ Effect: 'Deny', Principal: '*', Action: 'sqs:SendMessage', Resource: '*' }, 2) });
  t.add('StsDeny_CrossAccountAssumeRole_ExplicitDeny', 'explicitDeny', { principal: BOB_B, action: 'sts:AssumeRole', resource: `arn:aws:iam::${A}:role/deploy-role`, context: { 'aws:PrincipalOrgID': 'o-zzzzzzzzzz' }, ...id(allow('sts:AssumeRole', '*')), resourcePolicy: policy({ Effect: 'Allow', Principal: { AWS: ROOT_B }, Action: 'sts:AssumeRole' }), rcps: withDeny({ Effect: 'Deny', Principal: '*', Action: 'sts:AssumeRole', Resource: '*', Condition: { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': ORG } } }, 0) });
  t.add('UnsupportedService_Ec2_NotRestricted', 'allowed', { action: 'ec2:StartInstances', resource: INSTANCE, ...id(allow('ec2:*', '*')), rcps: withDeny({ Effect: 'Deny', Principal: '*', Action: 'ec2:*', Resource: '*' }) }, { divergence: RCP_SERVICE_DIVERGENCE });
  t.add('UnsupportedService_Sns_NotRestricted', 'allowed', { action: 'sns:Publish', resource: `arn:aws:sns:us-east-1:${A}:alerts`, ...id(allow('sns:Publish', '*')), rcps: withDeny({ Effect: 'Deny', Principal: '*', Action: 'sns:*', Resource: '*' }) }, { divergence: RCP_SERVICE_DIVERGENCE });
  t.add('KmsRetireGrant_NotRestricted', 'allowed', { action: 'kms:RetireGrant', resource: KEY, ...id(allow('kms:RetireGrant', '*')), resourcePolicy: policy({ Effect: 'Allow', Principal: { AWS: ROOT_A }, Action: 'kms:*', Resource: '*' }), rcps: withDeny({ Effect: 'Deny', Principal: '*', Action: 'kms:*', Resource: '*' }) },
    { divergence: 'AWS Organizations User Guide, Resource control policies (RCPs), Resources and entities not restricted by RCPs: RCPs do not apply to the kms:RetireGrant permission. iam-simulate applies them.' });
  t.add('ServiceLinkedRole_NotRestricted', 'allowed', { principal: `arn:aws:iam::${A}:role/aws-service-role/elasticloadbalancing.amazonaws.com/AWSServiceRoleForElasticLoadBalancing`, ...id(allow('s3:GetObject', '*')), rcps: withDeny({ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*' }) },
    { divergence: 'AWS Organizations User Guide, Resource control policies (RCPs), Resources and entities not restricted by RCPs: RCPs do not restrict service-linked roles. iam-simulate applies them.' });
  t.add('LevelWithoutAllow_ImplicitDeny', 'implicitDeny', { ...idS3, rcps: [[RCP_FULL_AWS_ACCESS], [policy({ Effect: 'Deny', Principal: '*', Action: 'sqs:*', Resource: '*' })]] },
    { divergence: 'AWS Organizations User Guide, Resource control policies (RCPs) and AWS IAM User Guide, Policy evaluation logic: every level of the resource owner\'s path must allow. Vigil\'s request format takes levels as given (CONTRACTS.md), so a level listed without RCPFullAWSAccess allows nothing; iam-simulate always adds RCPFullAWSAccess to every level.' });
  return t;
}

export function sessions() {
  const t = new Topic('session-policies', 'Session policies cap role sessions and federated-user sessions; a federated-user session without a session policy has no permissions (iam.md step 7).',
    `${GUIDE}: Policy evaluation logic (Session policies) and Policies and permissions in IAM (Session policies); AWS STS API Reference: GetFederationToken`);
  const idS3 = id(allow('s3:*', '*'));
  t.add('RoleSession_NoSessionPolicy_HasRolePermissions', 'allowed', { principal: SESSION, ...idS3 });
  t.add('RoleSession_SessionPolicyAllows_Allows', 'allowed', { principal: SESSION, ...idS3, sessionPolicy: policy(allow('s3:GetObject', '*')) });
  t.add('RoleSession_SessionPolicyDoesNotAllow_ImplicitDeny', 'implicitDeny', { principal: SESSION, ...idS3, sessionPolicy: policy(allow('s3:PutObject', '*')) });
  t.add('RoleSession_SessionPolicyCannotGrant_ImplicitDeny', 'implicitDeny', { principal: SESSION, sessionPolicy: policy(allow('*', '*')) });
  t.add('RoleSession_AdminRoleNarrowedToRead_WriteDenied', 'implicitDeny', { principal: SESSION, action: 's3:PutObject', ...id(allow('*', '*')), sessionPolicy: policy(allow(['s3:GetObject', 's3:ListBucket'], '*')) });
  t.add('RoleSession_AdminRoleNarrowedToRead_ReadAllowed', 'allowed', { principal: SESSION, ...id(allow('*', '*')), sessionPolicy: policy(allow(['s3:GetObject', 's3:ListBucket'], '*')) });
  t.add('RoleSession_SessionPolicyResourceScope_OtherBucket_ImplicitDeny', 'implicitDeny', { principal: SESSION, resource: 'arn:aws:s3:::other-bucket/a.csv', ...idS3, sessionPolicy: policy(allow('s3:*', `${BUCKET_ARN}/*`)) });
  t.add('RoleSession_SessionPolicyAndBoundary_BothMustAllow', 'implicitDeny', { principal: SESSION, ...idS3, sessionPolicy: policy(allow('s3:*', '*')), permissionsBoundary: policy(allow('sqs:*', '*')) });
  t.add('FederatedSession_NoSessionPolicy_ImplicitDeny', 'implicitDeny', { principal: FEDERATED, ...idS3 },
    { divergence: 'AWS STS API Reference, GetFederationToken (Policy parameter): a federated-user session created without a session policy has no permissions (the caller must pass at least one session policy). iam-simulate gives the session the IAM user\'s identity permissions.' });
  t.add('FederatedSession_SessionPolicyAllows_Allows', 'allowed', { principal: FEDERATED, ...idS3, sessionPolicy: policy(allow('s3:GetObject', '*')) });
  t.add('FederatedSession_SessionPolicyAllowsButIdentityDoesNot_ImplicitDeny', 'implicitDeny', { principal: FEDERATED, ...id(allow('sqs:*', '*')), sessionPolicy: policy(allow('s3:GetObject', '*')) });
  t.add('FederatedSession_SessionPolicyDoesNotAllow_ImplicitDeny', 'implicitDeny', { principal: FEDERATED, ...idS3, sessionPolicy: policy(allow('sqs:*', '*')) });
  t.add('CrossAccountSession_RoleNamedInBucketPolicy_SessionPolicyLimits', 'implicitDeny', { principal: SESSION_B, ...id(allow('s3:GetObject', '*')), ...rp(bucketAllow({ AWS: ROLE_B })), sessionPolicy: policy(allow('sqs:*', '*')) });
  return t;
}

export function crossAccount() {
  const t = new Topic('cross-account', 'A principal in 444455556666 and a resource in 111122223333: the identity side and the resource side must both allow (iam.md §2.4).',
    `${GUIDE}: Cross-account policy evaluation logic`);
  const idB = id(allow('s3:GetObject', `${BUCKET_ARN}/*`));
  t.add('IdentityAndBucketPolicyNamingAccount_Allows', 'allowed', { principal: BOB_B, ...idB, ...rp(bucketAllow({ AWS: ROOT_B })) });
  t.add('IdentityOnly_NoBucketPolicy_ImplicitDeny', 'implicitDeny', { principal: BOB_B, ...idB });
  t.add('BucketPolicyNamesAccount_NoIdentityPolicy_ImplicitDeny', 'implicitDeny', { principal: BOB_B, ...rp(bucketAllow({ AWS: ROOT_B })) });
  t.add('BucketPolicyNamesUser_NoIdentityPolicy_ImplicitDeny', 'implicitDeny', { principal: BOB_B, ...rp(bucketAllow({ AWS: BOB_B })) });
  t.add('BucketPolicyNamesUser_IdentityAllows_Allows', 'allowed', { principal: BOB_B, ...idB, ...rp(bucketAllow({ AWS: BOB_B })) });
  t.add('BucketPolicyNamesOtherAccount_ImplicitDeny', 'implicitDeny', { principal: BOB_B, ...idB, ...rp(bucketAllow({ AWS: 'arn:aws:iam::777788889999:root' })) });
  t.add('BucketPolicyPrincipalStar_IdentityAllows_Allows', 'allowed', { principal: BOB_B, ...idB, ...rp(bucketAllow('*')) });
  const org = (o) => ({ principal: BOB_B, context: { 'aws:PrincipalOrgID': o }, ...idB, ...rp(bucketAllow('*', { Condition: { StringEquals: { 'aws:PrincipalOrgID': ORG } } })) });
  t.add('BucketPolicyOrgCondition_SameOrg_Allows', 'allowed', org(ORG));
  t.add('BucketPolicyOrgCondition_OtherOrg_ImplicitDeny', 'implicitDeny', org('o-zzzzzzzzzz'));
  t.add('BucketPolicyDeniesForeignAccount_ExplicitDeny', 'explicitDeny', { principal: BOB_B, ...idB, ...rp(bucketAllow({ AWS: ROOT_B }), deny('s3:*', `${BUCKET_ARN}/*`, { Principal: { AWS: ROOT_B } })) });
  t.add('CallerIdentityDeny_ExplicitDeny', 'explicitDeny', { principal: BOB_B, identityPolicies: [policy(allow('s3:*', '*'), deny('s3:GetObject', '*'))], ...rp(bucketAllow({ AWS: ROOT_B })) });
  t.add('CallerScpLevelWithoutAllow_ImplicitDeny', 'implicitDeny', { principal: BOB_B, ...idB, ...rp(bucketAllow({ AWS: ROOT_B })), scps: [[FULL_AWS_ACCESS], [policy(allow('ec2:*', '*'))]] });
  t.add('CallerBoundary_UserNamed_StillLimitsCrossAccount', 'implicitDeny', { principal: BOB_B, ...idB, ...rp(bucketAllow({ AWS: BOB_B })), permissionsBoundary: policy(allow('ec2:*', '*')) });
  t.add('RoleSession_BucketPolicyNamesRole_IdentityAllows_Allows', 'allowed', { principal: SESSION_B, ...idB, ...rp(bucketAllow({ AWS: ROLE_B })) });
  t.add('Sqs_QueuePolicyNamesAccount_IdentityAllows_Allows', 'allowed', { principal: BOB_B, action: 'sqs:SendMessage', resource: QUEUE, ...id(allow('sqs:SendMessage', QUEUE)), ...rp(allow('sqs:SendMessage', QUEUE, { Principal: { AWS: ROOT_B } })) });
  t.add('Sqs_IdentityResourceDoesNotMatch_ImplicitDeny', 'implicitDeny', { principal: BOB_B, action: 'sqs:SendMessage', resource: QUEUE, ...id(allow('sqs:SendMessage', `arn:aws:sqs:us-east-1:${B}:*`)), ...rp(allow('sqs:SendMessage', QUEUE, { Principal: { AWS: ROOT_B } })) });
  t.add('Anonymous_CrossAccountConceptDoesNotApply_PublicBucketAllows', 'allowed', { principal: 'anonymous', resourceAccount: B, resource: 'arn:aws:s3:::partner-public/index.html', ...rp(allow('s3:GetObject', 'arn:aws:s3:::partner-public/*', { Principal: '*' })) });
  return t;
}

export function docExamples() {
  const t = new Topic('aws-doc-examples', 'Worked examples from the AWS IAM User Guide example policies, each with a request that the example allows and one it does not.',
    `${GUIDE}: Example IAM identity-based policies`);
  const own = policy(allow(['iam:ChangePassword', 'iam:GetUser', 'iam:CreateAccessKey'], `arn:aws:iam::*:user/\${aws:username}`));
  t.add('ManageOwnCredentials_OwnUser_Allows', 'allowed', { action: 'iam:CreateAccessKey', resource: ALICE, context: { 'aws:username': 'alice' }, identityPolicies: [own] });
  t.add('ManageOwnCredentials_OtherUser_ImplicitDeny', 'implicitDeny', { action: 'iam:CreateAccessKey', resource: CAROL, context: { 'aws:username': 'alice' }, identityPolicies: [own] });
  const homeDir = policy(
    allow('s3:ListBucket', BUCKET_ARN, { Condition: { StringLike: { 's3:prefix': ['', 'home/', 'home/${aws:username}/*'] } } }),
    allow('s3:*', [`${BUCKET_ARN}/home/\${aws:username}`, `${BUCKET_ARN}/home/\${aws:username}/*`]));
  t.add('S3HomeDirectory_ListOwnPrefix_Allows', 'allowed', { action: 's3:ListBucket', resource: BUCKET_ARN, context: { 'aws:username': 'alice', 's3:prefix': 'home/alice/docs' }, identityPolicies: [homeDir] });
  t.add('S3HomeDirectory_ListRoot_Allows', 'allowed', { action: 's3:ListBucket', resource: BUCKET_ARN, context: { 'aws:username': 'alice', 's3:prefix': '' }, identityPolicies: [homeDir] });
  t.add('S3HomeDirectory_ListOtherHome_ImplicitDeny', 'implicitDeny', { action: 's3:ListBucket', resource: BUCKET_ARN, context: { 'aws:username': 'alice', 's3:prefix': 'home/carol/' }, identityPolicies: [homeDir] });
  t.add('S3HomeDirectory_PutOwnObject_Allows', 'allowed', { action: 's3:PutObject', resource: `${BUCKET_ARN}/home/alice/cv.pdf`, context: { 'aws:username': 'alice' }, identityPolicies: [homeDir] });
  t.add('S3HomeDirectory_GetOtherObject_ImplicitDeny', 'implicitDeny', { resource: `${BUCKET_ARN}/home/carol/cv.pdf`, context: { 'aws:username': 'alice' }, identityPolicies: [homeDir] });
  const tagOwner = policy(allow(['ec2:StartInstances', 'ec2:StopInstances'], '*', { Condition: { StringEquals: { 'aws:ResourceTag/Owner': '${aws:username}' } } }));
  t.add('Ec2StartByOwnerTag_Owner_Allows', 'allowed', { action: 'ec2:StartInstances', resource: INSTANCE, context: { 'aws:username': 'alice', 'aws:ResourceTag/Owner': 'alice' }, identityPolicies: [tagOwner] });
  t.add('Ec2StartByOwnerTag_NotOwner_ImplicitDeny', 'implicitDeny', { action: 'ec2:StartInstances', resource: INSTANCE, context: { 'aws:username': 'alice', 'aws:ResourceTag/Owner': 'carol' }, identityPolicies: [tagOwner] });
  const ipDeny = policy(allow('s3:*', '*'), { Effect: 'Deny', Action: '*', Resource: '*', Condition: { NotIpAddress: { 'aws:SourceIp': ['192.0.2.0/24', '203.0.113.0/24'] }, Bool: { 'aws:ViaAWSService': 'false' } } });
  t.add('DenyBySourceIp_OutsideRange_ExplicitDeny', 'explicitDeny', { context: { 'aws:SourceIp': '198.51.100.7', 'aws:ViaAWSService': 'false' }, identityPolicies: [ipDeny] });
  t.add('DenyBySourceIp_ViaAwsService_Allows', 'allowed', { context: { 'aws:SourceIp': '198.51.100.7', 'aws:ViaAWSService': 'true' }, identityPolicies: [ipDeny] });
  t.add('DenyBySourceIp_InsideRange_Allows', 'allowed', { context: { 'aws:SourceIp': '203.0.113.9', 'aws:ViaAWSService': 'false' }, identityPolicies: [ipDeny] });
  const mfaOnly = policy(allow('*', '*'), { Effect: 'Deny', NotAction: ['iam:ChangePassword', 'iam:GetUser', 'iam:ListMFADevices', 'iam:CreateVirtualMFADevice', 'iam:EnableMFADevice', 'sts:GetSessionToken'], Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } });
  t.add('RequireMfa_NoMfaKey_ExplicitDeny', 'explicitDeny', { identityPolicies: [mfaOnly] });
  t.add('RequireMfa_WithMfa_Allows', 'allowed', { context: { 'aws:MultiFactorAuthPresent': 'true' }, identityPolicies: [mfaOnly] });
  t.add('RequireMfa_NoMfa_ChangePasswordStillAllowed', 'allowed', { action: 'iam:ChangePassword', resource: ALICE, identityPolicies: [mfaOnly] });
  return t;
}
