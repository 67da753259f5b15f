import { Topic, A, B, ALICE, CAROL, ROLE, SESSION, ROOT_A, BUCKET_ARN, OBJECT, QUEUE, policy, allow, deny } from './gen-common.mjs';

const NP = `AWS IAM User Guide, AWS JSON policy elements: NotPrincipal (Key points): a principal is excluded only when its account ARN and its own ARN (for a role session: account, role and session) are all listed; the page's example with user Bob and account 444455556666 denies every other principal, including other users of that account. iam-simulate treats the listed account root as exempting every principal of the account.`;

export function policyElements() {
  const t = new Topic('policy-elements',
    'Action/NotAction, Resource/NotResource, wildcards, case rules, Statement shape, Principal/NotPrincipal.',
    'AWS IAM User Guide: IAM JSON policy elements reference (Action, NotAction, Resource, NotResource, Principal, NotPrincipal, Statement)');
  const id = (...s) => ({ identityPolicies: [policy(...s)] });
  t.add('Action_ExactMatch_Allows', 'allowed', id(allow('s3:GetObject', OBJECT)));
  t.add('Action_OtherAction_ImplicitDeny', 'implicitDeny', id(allow('s3:PutObject', OBJECT)));
  t.add('Action_IsCaseInsensitive', 'allowed', id(allow('S3:getobject', OBJECT)));
  t.add('Action_StarSuffixWildcard_Matches', 'allowed', id(allow('s3:Get*', OBJECT)));
  t.add('Action_StarSuffixWildcard_DoesNotMatchOtherVerb', 'implicitDeny', { action: 's3:PutObject', ...id(allow('s3:Get*', OBJECT)) });
  t.add('Action_StarPrefixWildcard_Matches', 'allowed', id(allow('s3:*Object', OBJECT)));
  t.add('Action_QuestionMarkWildcard_MatchesOneCharacter', 'allowed', id(allow('s3:GetObjec?', OBJECT)));
  t.add('Action_QuestionMarkWildcard_DoesNotMatchZeroCharacters', 'implicitDeny', id(allow('s3:GetObject?', OBJECT)));
  t.add('Action_StarAlone_MatchesEveryAction', 'allowed', id(allow('*', '*')));
  t.add('Action_ListWithOneMatch_Allows', 'allowed', id(allow(['sqs:SendMessage', 's3:GetObject'], '*')));
  t.add('Action_OtherServicePrefix_ImplicitDeny', 'implicitDeny', id(allow('sqs:*', '*')));
  t.add('Action_ServiceWildcard_Matches', 'allowed', id(allow('s3:*', '*')));
  t.add('NotAction_Allow_MatchesUnlistedAction', 'allowed', id({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }));
  t.add('NotAction_Allow_ExcludesListedAction', 'implicitDeny', id({ Effect: 'Allow', NotAction: 's3:*', Resource: '*' }));
  t.add('NotAction_Allow_ExcludesListedActionCaseInsensitively', 'implicitDeny', id({ Effect: 'Allow', NotAction: 'S3:GETOBJECT', Resource: '*' }));
  t.add('NotAction_Deny_DoesNotDenyListedAction', 'allowed', id(allow('*', '*'), { Effect: 'Deny', NotAction: 's3:GetObject', Resource: '*' }));
  t.add('NotAction_Deny_DeniesUnlistedAction', 'explicitDeny', { action: 's3:PutObject', ...id(allow('*', '*'), { Effect: 'Deny', NotAction: 's3:GetObject', Resource: '*' }) });
  t.add('Resource_ExactArn_Allows', 'allowed', id(allow('s3:GetObject', OBJECT)));
  t.add('Resource_OtherBucket_ImplicitDeny', 'implicitDeny', id(allow('s3:GetObject', 'arn:aws:s3:::other-bucket/*')));
  t.add('Resource_BucketWildcard_MatchesObject', 'allowed', id(allow('s3:GetObject', `${BUCKET_ARN}/*`)));
  t.add('Resource_BucketArn_DoesNotMatchObject', 'implicitDeny', id(allow('s3:GetObject', BUCKET_ARN)));
  t.add('Resource_IsCaseSensitive', 'implicitDeny', id(allow('s3:GetObject', 'arn:aws:s3:::AMZN-S3-DEMO-BUCKET/*')));
  t.add('Resource_QuestionMark_MatchesOneCharacter', 'allowed', id(allow('s3:GetObject', `${BUCKET_ARN}/reports/q?.csv`)));
  t.add('Resource_Star_CrossesSlashes', 'allowed', id(allow('s3:GetObject', `${BUCKET_ARN}/*.csv`)));
  t.add('Resource_StarAlone_MatchesEverything', 'allowed', id(allow('s3:GetObject', '*')));
  t.add('Resource_WildcardRegionAndName_Matches', 'allowed', { action: 'sqs:SendMessage', resource: QUEUE, ...id(allow('sqs:SendMessage', `arn:aws:sqs:*:${A}:ord*`)) });
  t.add('Resource_OtherAccountInArn_ImplicitDeny', 'implicitDeny', { action: 'sqs:SendMessage', resource: QUEUE, ...id(allow('sqs:SendMessage', `arn:aws:sqs:us-east-1:${B}:*`)) });
  t.add('NotResource_Allow_MatchesUnlistedResource', 'allowed', id({ Effect: 'Allow', Action: 's3:GetObject', NotResource: 'arn:aws:s3:::other-bucket/*' }));
  t.add('NotResource_Allow_ExcludesListedResource', 'implicitDeny', id({ Effect: 'Allow', Action: 's3:GetObject', NotResource: `${BUCKET_ARN}/*` }));
  t.add('NotResource_Deny_DeniesOutsideListedResource', 'explicitDeny', { resource: 'arn:aws:s3:::other-bucket/data.csv', ...id(allow('s3:*', '*'), { Effect: 'Deny', Action: 's3:*', NotResource: [BUCKET_ARN, `${BUCKET_ARN}/*`] }) });
  t.add('NotResource_Deny_SparesListedResource', 'allowed', id(allow('s3:*', '*'), { Effect: 'Deny', Action: 's3:*', NotResource: [BUCKET_ARN, `${BUCKET_ARN}/*`] }));
  t.add('Statement_SingleObject_IsAccepted', 'allowed', { identityPolicies: [{ Version: '2012-10-17', Statement: allow('s3:GetObject', OBJECT) }] });
  t.add('Statement_NoneApplicable_ImplicitDeny', 'implicitDeny', id(allow('s3:PutObject', OBJECT), allow('s3:GetObject', 'arn:aws:s3:::other-bucket/*')));
  t.add('NoPolicies_ImplicitDeny', 'implicitDeny', {});
  t.add('Statement_ActionAndResourceBothMustMatch', 'implicitDeny', id(allow('s3:GetObject', 'arn:aws:s3:::other-bucket/*'), allow('s3:PutObject', OBJECT)));

  const rp = (...s) => ({ resourcePolicy: policy(...s) });
  t.add('Principal_Star_AllowsSameAccountUserWithoutIdentityPolicy', 'allowed', rp(allow('s3:GetObject', `${BUCKET_ARN}/*`, { Principal: '*' })));
  t.add('Principal_AwsStar_AllowsSameAccountUser', 'allowed', rp(allow('s3:GetObject', `${BUCKET_ARN}/*`, { Principal: { AWS: '*' } })));
  t.add('Principal_UserArn_AllowsThatUser', 'allowed', rp(allow('s3:GetObject', `${BUCKET_ARN}/*`, { Principal: { AWS: ALICE } })));
  t.add('Principal_UserArnList_AllowsListedUser', 'allowed', rp(allow('s3:GetObject', `${BUCKET_ARN}/*`, { Principal: { AWS: [CAROL, ALICE] } })));
  t.add('Principal_OtherUser_ImplicitDeny', 'implicitDeny', rp(allow('s3:GetObject', `${BUCKET_ARN}/*`, { Principal: { AWS: CAROL } })));
  t.add('Principal_AccountIdShortForm_DelegatesToIdentityPolicy', 'implicitDeny', rp(allow('s3:GetObject', `${BUCKET_ARN}/*`, { Principal: { AWS: A } })));
  t.add('Principal_AccountIdShortForm_WithIdentityAllow_Allows', 'allowed', { ...rp(allow('s3:GetObject', `${BUCKET_ARN}/*`, { Principal: { AWS: A } })), ...id(allow('s3:GetObject', '*')) });
  t.add('Principal_ServiceOnly_DoesNotMatchUser', 'implicitDeny', rp(allow('s3:GetObject', `${BUCKET_ARN}/*`, { Principal: { Service: 'cloudtrail.amazonaws.com' } })));
  const notPrincipalDeny = (np) => ({ Effect: 'Deny', NotPrincipal: { AWS: np }, Action: 's3:*', Resource: [BUCKET_ARN, `${BUCKET_ARN}/*`] });
  t.add('NotPrincipal_Deny_ExemptsListedUserAndAccount', 'allowed', { ...rp(notPrincipalDeny([ALICE, ROOT_A])), ...id(allow('s3:GetObject', '*')) });
  t.add('NotPrincipal_Deny_DeniesUnlistedUserOfListedAccount', 'explicitDeny', { principal: CAROL, ...rp(notPrincipalDeny([ALICE, ROOT_A])), ...id(allow('s3:GetObject', '*')) }, { divergence: NP });
  t.add('NotPrincipal_Deny_DeniesUserOfUnlistedAccount', 'explicitDeny', { principal: `arn:aws:iam::${B}:user/bob`, ...rp(notPrincipalDeny([ALICE, ROOT_A])), ...id(allow('s3:GetObject', '*')) });
  t.add('NotPrincipal_Deny_RoleListedWithoutSession_DeniesSession', 'explicitDeny', { principal: SESSION, ...rp(notPrincipalDeny([ROLE, ROOT_A])), ...id(allow('s3:GetObject', '*')) }, { divergence: NP });
  t.add('NotPrincipal_Deny_AccountRoleAndSessionListed_ExemptsSession', 'allowed', { principal: SESSION, ...rp(notPrincipalDeny([ROOT_A, ROLE, SESSION])), ...id(allow('s3:GetObject', '*')) });
  t.add('NotPrincipal_Deny_CallerWithBoundary_IsDeniedEvenWhenListed', 'explicitDeny', { ...rp(notPrincipalDeny([ALICE, ROOT_A])), ...id(allow('s3:GetObject', '*')), permissionsBoundary: policy(allow('s3:*', '*')) });
  return t;
}
