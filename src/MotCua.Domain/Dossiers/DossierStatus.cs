namespace MotCua.Domain.Dossiers;

/// <summary>The national dossier statuses (codes 1–10 of the DVCQG sync, DOMAIN.md §4).</summary>
public enum DossierStatus
{
    /// <summary>1 Mới đăng ký: submitted online, not yet received.</summary>
    Submitted = 1,

    /// <summary>2 Được tiếp nhận.</summary>
    Received = 2,

    /// <summary>3 Không được tiếp nhận (refused at receipt; terminal).</summary>
    Refused = 3,

    /// <summary>4 Đang xử lý.</summary>
    Processing = 4,

    /// <summary>5 Yêu cầu bổ sung (clock paused).</summary>
    WaitingSupplement = 5,

    /// <summary>6 Yêu cầu thực hiện nghĩa vụ tài chính (clock paused).</summary>
    WaitingPayment = 6,

    /// <summary>7 Công dân rút hồ sơ (terminal).</summary>
    Withdrawn = 7,

    /// <summary>8 Dừng xử lý (terminal).</summary>
    Stopped = 8,

    /// <summary>9 Đã xử lý xong (result ready).</summary>
    Finished = 9,

    /// <summary>10 Đã trả kết quả (terminal).</summary>
    Returned = 10,
}

/// <summary>How a dossier came in (KenhThucHien of the national sync).</summary>
public enum Channel
{
    Counter = 1,
    Online = 2,
    Post = 3,
}

/// <summary>How a result goes back to the applicant.</summary>
public enum ReturnMethod
{
    Counter = 1,
    Post = 2,
    Online = 3,
}

/// <summary>Timeliness of a dossier against its appointment (INDEX766.md, indicator 2.1).</summary>
public enum Timeliness
{
    /// <summary>Not finished and still within time.</summary>
    WithinTime = 0,

    /// <summary>Finished on a day before the appointment day (trước hạn).</summary>
    Early = 1,

    /// <summary>Finished on the appointment day, not after the appointment time (đúng hạn).</summary>
    OnTime = 2,

    /// <summary>Finished after the appointment, still open past it, or with two or more supplement requests (quá hạn).</summary>
    Late = 3,
}

public static class DossierStatusText
{
    /// <summary>The national name of a status, in Vietnamese.</summary>
    public static string Vietnamese(DossierStatus status) => status switch
    {
        DossierStatus.Submitted => "Mới đăng ký",
        DossierStatus.Received => "Được tiếp nhận",
        DossierStatus.Refused => "Không được tiếp nhận",
        DossierStatus.Processing => "Đang xử lý",
        DossierStatus.WaitingSupplement => "Yêu cầu bổ sung",
        DossierStatus.WaitingPayment => "Yêu cầu thực hiện nghĩa vụ tài chính",
        DossierStatus.Withdrawn => "Công dân rút hồ sơ",
        DossierStatus.Stopped => "Dừng xử lý",
        DossierStatus.Finished => "Đã xử lý xong",
        DossierStatus.Returned => "Đã trả kết quả",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string English(DossierStatus status) => status switch
    {
        DossierStatus.Submitted => "Submitted",
        DossierStatus.Received => "Received",
        DossierStatus.Refused => "Refused",
        DossierStatus.Processing => "Processing",
        DossierStatus.WaitingSupplement => "Waiting for supplement",
        DossierStatus.WaitingPayment => "Waiting for payment",
        DossierStatus.Withdrawn => "Withdrawn",
        DossierStatus.Stopped => "Stopped",
        DossierStatus.Finished => "Finished",
        DossierStatus.Returned => "Returned",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static bool IsTerminal(DossierStatus status) =>
        status is DossierStatus.Refused or DossierStatus.Withdrawn or DossierStatus.Stopped or DossierStatus.Returned;

    public static string Vietnamese(Channel channel) => channel switch
    {
        Channel.Counter => "Trực tiếp",
        Channel.Online => "Trực tuyến",
        Channel.Post => "Bưu chính",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };

    public static string Vietnamese(Timeliness timeliness) => timeliness switch
    {
        Timeliness.WithinTime => "Trong hạn",
        Timeliness.Early => "Trước hạn",
        Timeliness.OnTime => "Đúng hạn",
        Timeliness.Late => "Quá hạn",
        _ => throw new ArgumentOutOfRangeException(nameof(timeliness), timeliness, null),
    };
}
