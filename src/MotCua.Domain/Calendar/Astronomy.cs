namespace MotCua.Domain.Calendar;

/// <summary>
/// The two astronomical quantities the Vietnamese lunar calendar needs: the instants of new moons and the
/// apparent longitude of the Sun. Written from Jean Meeus, <i>Astronomical Algorithms</i> (2nd ed., 1998):
/// chapter 49 (phases of the Moon, with all periodic and additional terms, accurate to well under a
/// minute), chapter 25 with appendix III (the Sun's apparent longitude from the truncated VSOP87 theory,
/// about 1″) and chapter 10 with the Espenak–Meeus polynomials for ΔT (TT − UT). Times are Julian Days.
/// </summary>
internal static class Astronomy
{
    /// <summary>Mean length of a lunation in days (Meeus 49.1).</summary>
    public const double SynodicMonth = 29.530588861;

    /// <summary>JDE of the mean new moon with k = 0 (6 January 2000).</summary>
    private const double NewMoonEpoch = 2451550.09766;

    private const double Degrees = Math.PI / 180;

    /// <summary>The instant (Julian Day, Universal Time) of new moon number <paramref name="k"/>, counted
    /// from the new moon of 6 January 2000 (k = 0).</summary>
    public static double NewMoon(int k)
    {
        var jde = NewMoonEphemeris(k);
        return jde - (DeltaTSeconds(YearOf(jde)) / 86400.0);
    }

    /// <summary>New moon <paramref name="k"/> in Terrestrial Time (Meeus chapter 49).</summary>
    public static double NewMoonEphemeris(int k)
    {
        double t = k / 1236.85;
        double t2 = t * t, t3 = t2 * t, t4 = t3 * t;
        double jde = NewMoonEpoch + (SynodicMonth * k) + (0.00015437 * t2) - (0.000000150 * t3) + (0.00000000073 * t4);

        double e = 1 - (0.002516 * t) - (0.0000074 * t2);
        double m = Radians(2.5534 + (29.10535670 * k) - (0.0000014 * t2) - (0.00000011 * t3));
        double mp = Radians(201.5643 + (385.81693528 * k) + (0.0107582 * t2) + (0.00001238 * t3) - (0.000000058 * t4));
        double f = Radians(160.7108 + (390.67050284 * k) - (0.0016118 * t2) - (0.00000227 * t3) + (0.000000011 * t4));
        double omega = Radians(124.7746 - (1.56375588 * k) + (0.0020672 * t2) + (0.00000215 * t3));

        double correction =
            (-0.40720 * Math.Sin(mp))
            + (0.17241 * e * Math.Sin(m))
            + (0.01608 * Math.Sin(2 * mp))
            + (0.01039 * Math.Sin(2 * f))
            + (0.00739 * e * Math.Sin(mp - m))
            - (0.00514 * e * Math.Sin(mp + m))
            + (0.00208 * e * e * Math.Sin(2 * m))
            - (0.00111 * Math.Sin(mp - (2 * f)))
            - (0.00057 * Math.Sin(mp + (2 * f)))
            + (0.00056 * e * Math.Sin((2 * mp) + m))
            - (0.00042 * Math.Sin(3 * mp))
            + (0.00042 * e * Math.Sin(m + (2 * f)))
            + (0.00038 * e * Math.Sin(m - (2 * f)))
            - (0.00024 * e * Math.Sin((2 * mp) - m))
            - (0.00017 * Math.Sin(omega))
            - (0.00007 * Math.Sin(mp + (2 * m)))
            + (0.00004 * Math.Sin((2 * mp) - (2 * f)))
            + (0.00004 * Math.Sin(3 * m))
            + (0.00003 * Math.Sin(mp + m - (2 * f)))
            + (0.00003 * Math.Sin((2 * mp) + (2 * f)))
            - (0.00003 * Math.Sin(mp + m + (2 * f)))
            + (0.00003 * Math.Sin(mp - m + (2 * f)))
            - (0.00002 * Math.Sin(mp - m - (2 * f)))
            - (0.00002 * Math.Sin((3 * mp) + m))
            + (0.00002 * Math.Sin(4 * mp));

        // The planetary arguments A1–A14 (Meeus, "additional corrections for all phases").
        double additional =
            (0.000325 * Math.Sin(Radians(299.77 + (0.107408 * k) - (0.009173 * t2))))
            + (0.000165 * Math.Sin(Radians(251.88 + (0.016321 * k))))
            + (0.000164 * Math.Sin(Radians(251.83 + (26.651886 * k))))
            + (0.000126 * Math.Sin(Radians(349.42 + (36.412478 * k))))
            + (0.000110 * Math.Sin(Radians(84.66 + (18.206239 * k))))
            + (0.000062 * Math.Sin(Radians(141.74 + (53.303771 * k))))
            + (0.000060 * Math.Sin(Radians(207.14 + (2.453732 * k))))
            + (0.000056 * Math.Sin(Radians(154.84 + (7.306860 * k))))
            + (0.000047 * Math.Sin(Radians(34.52 + (27.261239 * k))))
            + (0.000042 * Math.Sin(Radians(207.19 + (0.121824 * k))))
            + (0.000040 * Math.Sin(Radians(291.34 + (1.844379 * k))))
            + (0.000037 * Math.Sin(Radians(161.72 + (24.198154 * k))))
            + (0.000035 * Math.Sin(Radians(239.56 + (25.513099 * k))))
            + (0.000023 * Math.Sin(Radians(331.55 + (3.592518 * k))));

        return jde + correction + additional;
    }

    /// <summary>The Sun's apparent geocentric longitude in degrees [0, 360) at a Julian Day in Universal
    /// Time: the Earth's heliocentric longitude from the truncated VSOP87 series of Meeus' appendix III
    /// (about 1″), plus 180°, the FK5 correction, nutation in longitude (Meeus 22, short series) and
    /// aberration (Meeus 25.10). About 1″, i.e. 25 seconds of time.</summary>
    public static double SunLongitude(double jdUniversal)
    {
        double jde = jdUniversal + (DeltaTSeconds(YearOf(jdUniversal)) / 86400.0);
        double tau = (jde - 2451545.0) / 365250.0;
        double l = (Series(L0, tau) + (tau * (Series(L1, tau) + (tau * (Series(L2, tau) + (tau * (Series(L3, tau)
            + (tau * (Series(L4, tau) + (tau * Series(L5, tau))))))))))) / 1e8;
        double t = tau * 10;
        double sunAnomaly = Radians(357.52911 + (35999.05029 * t));
        double distance = 1.00014 - (0.01671 * Math.Cos(sunAnomaly)) - (0.00014 * Math.Cos(2 * sunAnomaly));
        double omega = Radians(125.04452 - (1934.136261 * t));
        double sunMean = Radians(280.4665 + (36000.7698 * t));
        double moonMean = Radians(218.3165 + (481267.8813 * t));
        double nutation = (-17.20 * Math.Sin(omega)) - (1.32 * Math.Sin(2 * sunMean)) - (0.23 * Math.Sin(2 * moonMean)) + (0.21 * Math.Sin(2 * omega));
        double arcseconds = -0.09033 + nutation - (20.4898 / distance);
        double longitude = ((l / Degrees) + 180.0 + (arcseconds / 3600.0)) % 360.0;
        return longitude < 0 ? longitude + 360.0 : longitude;
    }

    /// <summary>ΔT = TT − UT in seconds for a decimal year: the Espenak–Meeus polynomials (NASA, 2006)
    /// for 1800–2150, and the long-term parabola outside.</summary>
    public static double DeltaTSeconds(double year)
    {
        double t;
        switch (year)
        {
            case < 1800 or >= 2150:
                {
                    double u = (year - 1820) / 100;
                    return -20 + (32 * u * u);
                }

            case < 1860:
                t = year - 1800;
                return 13.72 - (0.332447 * t) + (0.0068612 * Math.Pow(t, 2)) + (0.0041116 * Math.Pow(t, 3))
                    - (0.00037436 * Math.Pow(t, 4)) + (0.0000121272 * Math.Pow(t, 5)) - (0.0000001699 * Math.Pow(t, 6))
                    + (0.000000000875 * Math.Pow(t, 7));
            case < 1900:
                t = year - 1860;
                return 7.62 + (0.5737 * t) - (0.251754 * Math.Pow(t, 2)) + (0.01680668 * Math.Pow(t, 3))
                    - (0.0004473624 * Math.Pow(t, 4)) + (Math.Pow(t, 5) / 233174);
            case < 1920:
                t = year - 1900;
                return -2.79 + (1.494119 * t) - (0.0598939 * Math.Pow(t, 2)) + (0.0061966 * Math.Pow(t, 3)) - (0.000197 * Math.Pow(t, 4));
            case < 1941:
                t = year - 1920;
                return 21.20 + (0.84493 * t) - (0.076100 * Math.Pow(t, 2)) + (0.0020936 * Math.Pow(t, 3));
            case < 1961:
                t = year - 1950;
                return 29.07 + (0.407 * t) - (Math.Pow(t, 2) / 233) + (Math.Pow(t, 3) / 2547);
            case < 1986:
                t = year - 1975;
                return 45.45 + (1.067 * t) - (Math.Pow(t, 2) / 260) - (Math.Pow(t, 3) / 718);
            case < 2005:
                t = year - 2000;
                return 63.86 + (0.3345 * t) - (0.060374 * Math.Pow(t, 2)) + (0.0017275 * Math.Pow(t, 3))
                    + (0.000651814 * Math.Pow(t, 4)) + (0.00002373599 * Math.Pow(t, 5));
            case < 2050:
                t = year - 2000;
                return 62.92 + (0.32217 * t) + (0.005589 * Math.Pow(t, 2));
            default:
                {
                    double u = (year - 1820) / 100;
                    return -20 + (32 * u * u) - (0.5628 * (2150 - year));
                }
        }
    }

    /// <summary>The decimal year of a Julian Day (close enough for ΔT).</summary>
    private static double YearOf(double jd) => 2000.0 + ((jd - 2451545.0) / 365.25);

    private static double Radians(double degrees) => (degrees % 360.0) * Degrees;

    private static double Series((double A, double B, double C)[] terms, double tau)
    {
        double sum = 0;
        foreach (var (a, b, c) in terms)
        {
            sum += a * Math.Cos(b + (c * tau));
        }

        return sum;
    }

    // VSOP87 series of the Earth's heliocentric longitude, truncated (Meeus, appendix III): A·cos(B + C·τ), 10⁻⁸ rad.

    private static readonly (double A, double B, double C)[] L0 =
    [
        (175347046, 0, 0), (3341656, 4.6692568, 6283.0758500), (34894, 4.6261, 12566.1517),
        (3497, 2.7441, 5753.3849), (3418, 2.8289, 3.5231), (3136, 3.6277, 77713.7715), (2676, 4.4181, 7860.4194),
        (2343, 6.1352, 3930.2097), (1324, 0.7425, 11506.7698), (1273, 2.0371, 529.6910), (1199, 1.1096, 1577.3435),
        (990, 5.233, 5884.927), (902, 2.045, 26.298), (857, 3.508, 398.149), (780, 1.179, 5223.694),
        (753, 2.533, 5507.553), (505, 4.583, 18849.228), (492, 4.205, 775.523), (357, 2.920, 0.067),
        (317, 5.849, 11790.629), (284, 1.899, 796.298), (271, 0.315, 10977.079), (243, 0.345, 5486.778),
        (206, 4.806, 2544.314), (205, 1.869, 5573.143), (202, 2.458, 6069.777), (156, 0.833, 213.299),
        (132, 3.411, 2942.463), (126, 1.083, 20.775), (115, 0.645, 0.980), (103, 0.636, 4694.003),
        (102, 0.976, 15720.839), (102, 4.267, 7.114), (99, 6.21, 2146.17), (98, 0.68, 155.42), (86, 5.98, 161000.69),
        (85, 1.30, 6275.96), (85, 3.67, 71430.70), (80, 1.81, 17260.15), (79, 3.04, 12036.46), (75, 1.76, 5088.63),
        (74, 3.50, 3154.69), (74, 4.68, 801.82), (70, 0.83, 9437.76), (62, 3.98, 8827.39), (61, 1.82, 7084.90),
        (57, 2.78, 6286.60), (56, 4.39, 14143.50), (56, 3.47, 6279.55), (52, 0.19, 12139.55), (52, 1.33, 1748.02),
        (51, 0.28, 5856.48), (49, 0.49, 1194.45), (41, 5.37, 8429.24), (41, 2.40, 19651.05), (39, 6.17, 10447.39),
        (37, 6.04, 10213.29), (37, 2.57, 1059.38), (36, 1.71, 2352.87), (36, 1.78, 6812.77), (33, 0.59, 17789.85),
        (30, 0.44, 83996.85), (30, 2.74, 1349.87), (25, 3.16, 4690.48),
    ];

    private static readonly (double A, double B, double C)[] L1 =
    [
        (628331966747, 0, 0), (206059, 2.678235, 6283.075850), (4303, 2.6351, 12566.1517), (425, 1.590, 3.523),
        (119, 5.796, 26.298), (109, 2.966, 1577.344), (93, 2.59, 18849.23), (72, 1.14, 529.69), (68, 1.87, 398.15),
        (67, 4.41, 5507.55), (59, 2.89, 5223.69), (56, 2.17, 155.42), (45, 0.40, 796.30), (36, 0.47, 775.52),
        (29, 2.65, 7.11), (21, 5.34, 0.98), (19, 1.85, 5486.78), (19, 4.97, 213.30), (17, 2.99, 6275.96),
        (16, 0.03, 2544.31), (16, 1.43, 2146.17), (15, 1.21, 10977.08), (12, 2.83, 1748.02), (12, 3.26, 5088.63),
        (12, 5.27, 1194.45), (12, 2.08, 4694.00), (11, 0.77, 553.57), (10, 1.30, 6286.60), (10, 4.24, 1349.87),
        (9, 2.70, 242.73), (9, 5.64, 951.72), (8, 5.30, 2352.87), (6, 2.65, 9437.76), (6, 4.67, 4690.48),
    ];

    private static readonly (double A, double B, double C)[] L2 =
    [
        (52919, 0, 0), (8720, 1.0721, 6283.0758), (309, 0.867, 12566.152), (27, 0.05, 3.52), (16, 5.19, 26.30),
        (16, 3.68, 155.42), (10, 0.76, 18849.23), (9, 2.06, 77713.77), (7, 0.83, 775.52), (5, 4.66, 1577.34),
        (4, 1.03, 7.11), (4, 3.44, 5573.14), (3, 5.14, 796.30), (3, 6.05, 5507.55), (3, 1.19, 242.73),
        (3, 6.12, 529.69), (3, 0.31, 398.15), (3, 2.28, 553.57), (2, 4.38, 5223.69), (2, 3.75, 0.98),
    ];

    private static readonly (double A, double B, double C)[] L3 =
    [
        (289, 5.844, 6283.076), (35, 0, 0), (17, 5.49, 12566.15), (3, 5.20, 155.42), (1, 4.72, 3.52),
        (1, 5.30, 18849.23), (1, 5.97, 242.73),
    ];

    private static readonly (double A, double B, double C)[] L4 =
    [
        (114, 3.142, 0), (8, 4.13, 6283.08), (1, 3.84, 12566.15),
    ];

    private static readonly (double A, double B, double C)[] L5 =
    [
        (1, 3.14, 0),
    ];
}
