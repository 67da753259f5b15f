namespace Vigil.Aws.Execution;

/// <summary>The AWS SDKs' "adaptive" client-side rate limiter for one service in one region: off until the first
/// throttle, then a token bucket whose fill rate is cut to 70% of the measured send rate on each throttle and
/// grows back along a CUBIC curve while calls succeed (never above twice the measured rate). Tokens are
/// reserved under the lock, so concurrent callers queue behind each other instead of all waking together.</summary>
internal sealed class AdaptiveRateLimiter(TimeProvider time)
{
    private const double Beta = 0.7;
    private const double ScaleConstant = 0.4;
    private const double Smoothing = 0.8;
    private const double MinFillRate = 0.5;
    private const double MinCapacity = 1;

    private readonly Lock _lock = new();
    private readonly long _origin = time.GetTimestamp();
    private bool _enabled;
    private double _fillRate;
    private double _maxCapacity = MinCapacity;
    private double _capacity;
    private double _lastRefill = double.NaN;
    private double _measuredRate;
    private double _lastRateBucket;
    private int _requestsInBucket;
    private double _lastMaxRate;
    private double _lastThrottleTime;

    public bool Enabled { get { lock (_lock) return _enabled; } }

    /// <summary>Requests per second the bucket currently allows (meaningful once enabled).</summary>
    public double FillRate { get { lock (_lock) return _fillRate; } }

    public Task AcquireAsync(CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (_lock)
        {
            if (!_enabled) return Task.CompletedTask;
            Refill(Now());
            _capacity -= 1;
            if (_capacity >= 0) return Task.CompletedTask;
            wait = TimeSpan.FromSeconds(-_capacity / _fillRate);
        }
        return Task.Delay(wait, time, cancellationToken);
    }

    public void Record(bool throttled)
    {
        lock (_lock)
        {
            var now = Now();
            UpdateMeasuredRate(now);
            double calculated;
            if (throttled)
            {
                var rateToUse = _enabled ? Math.Min(_measuredRate, _fillRate) : _measuredRate;
                _lastMaxRate = rateToUse;
                _lastThrottleTime = now;
                calculated = rateToUse * Beta;
                _enabled = true;
            }
            else
            {
                if (!_enabled) return;
                var window = Math.Cbrt(_lastMaxRate * (1 - Beta) / ScaleConstant);
                calculated = ScaleConstant * Math.Pow(now - _lastThrottleTime - window, 3) + _lastMaxRate;
            }
            SetRate(Math.Min(calculated, 2 * _measuredRate), now);
        }
    }

    private void SetRate(double rate, double now)
    {
        Refill(now);
        _fillRate = Math.Max(rate, MinFillRate);
        _maxCapacity = Math.Max(rate, MinCapacity);
        _capacity = Math.Min(_capacity, _maxCapacity);
    }

    private void Refill(double now)
    {
        if (!double.IsNaN(_lastRefill)) _capacity = Math.Min(_maxCapacity, _capacity + (now - _lastRefill) * _fillRate);
        _lastRefill = now;
    }

    private void UpdateMeasuredRate(double now)
    {
        var bucket = Math.Floor(now * 2) / 2;
        _requestsInBucket++;
        if (bucket <= _lastRateBucket) return;
        var rate = _requestsInBucket / (bucket - _lastRateBucket);
        _measuredRate = rate * Smoothing + _measuredRate * (1 - Smoothing);
        _requestsInBucket = 0;
        _lastRateBucket = bucket;
    }

    private double Now() => time.GetElapsedTime(_origin).TotalSeconds;
}
