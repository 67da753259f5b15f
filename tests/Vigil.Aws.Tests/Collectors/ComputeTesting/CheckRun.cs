using Vigil.Checks;
using Vigil.Core.Checks;
using Vigil.Core.Engine;
using Vigil.Core.Findings;
using Vigil.Core.Model;

namespace Vigil.Aws.Tests.Collectors.ComputeTesting;

/// <summary>Runs one built-in check over a collected snapshot.</summary>
internal static class CheckRun
{
    public static IReadOnlyList<Finding> Findings(Snapshot snapshot, string checkId)
    {
        var check = BuiltInChecks.Catalog.Find(checkId) ?? throw new ArgumentException($"No check {checkId}", nameof(checkId));
        var now = snapshot.CollectedAt ?? throw new ArgumentException("The snapshot has no collection time", nameof(snapshot));
        return ScanEngine.Evaluate(snapshot, [check], new CheckContext(snapshot, now, CheckSettings.Default), CancellationToken.None);
    }

    public static FindingStatus StatusOf(Snapshot snapshot, string checkId, string arn) =>
        Findings(snapshot, checkId).Single(f => f.ResourceRef.Arn == arn).Status;
}
