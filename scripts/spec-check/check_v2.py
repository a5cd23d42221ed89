#!/usr/bin/env python3
"""An independent reading of calculation model version 2, written from the model's text alone (not from the
engine's code), to check the batch command's results workbook against it.

    python3 scripts/spec-check/check_v2.py IN.xlsx OUT.xlsx

IN is a scenario workbook (version 1 or 2, English or Chinese headers), OUT the workbook that
`scenario-batch.jar IN OUT` wrote. Compares every deterministic key figure of the KPIs sheet (the Promised,
Expected and, when the scenario has actuals, Monitored columns) with this script's own figures, with the model's
tolerance (relative 1e-9, absolute 1e-6 near zero). Exit 0 when all agree, 1 when any differs, 2 on unreadable
input. Standard library only, so it runs on a bare Python 3.
"""
import math
import re
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "p": "http://schemas.openxmlformats.org/package/2006/relationships"}


# ---------------------------------------------------------------- reading .xlsx with the standard library
def col_index(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def read_xlsx(path):
    """Sheet name -> list of rows, each a list of cell values (str, float or None)."""
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        shared = []
        if "xl/sharedStrings.xml" in names:
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS):
                shared.append("".join(t.text or "" for t in si.iter("{%s}t" % NS["m"])))
        rels = {r.get("Id"): r.get("Target") for r in
                ET.fromstring(z.read("xl/_rels/workbook.xml.rels")).findall("p:Relationship", NS)}
        sheets = {}
        for s in ET.fromstring(z.read("xl/workbook.xml")).find("m:sheets", NS).findall("m:sheet", NS):
            target = rels[s.get("{%s}id" % NS["r"])]
            target = target.lstrip("/")
            if not target.startswith("xl/"):
                target = "xl/" + target
            rows = []
            for row in ET.fromstring(z.read(target)).iter("{%s}row" % NS["m"]):
                cells = {}
                for c in row.findall("m:c", NS):
                    kind = c.get("t")
                    v = c.find("m:v", NS)
                    if kind == "s":
                        value = shared[int(v.text)]
                    elif kind == "inlineStr":
                        value = "".join(t.text or "" for t in c.iter("{%s}t" % NS["m"]))
                    elif kind in ("str", "e"):
                        value = v.text if v is not None else None
                    elif kind == "b":
                        value = float(v.text) if v is not None else None
                    else:
                        value = float(v.text) if v is not None and v.text not in (None, "") else None
                    cells[col_index(c.get("r"))] = value
                rows.append([cells.get(i) for i in range(max(cells) + 1)] if cells else [])
            sheets[s.get("name")] = rows
        return sheets


# ---------------------------------------------------------------- names and values as the format describes them
def norm(text):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", str(text)).strip()).lower()


SHEETS = {"scenario": ["scenario", "情景"], "industries": ["industries", "产业"], "incentives": ["incentives", "政策"],
          "ranges": ["ranges", "区间"], "actuals": ["actuals", "实际"], "kpis": ["kpis", "关键指标"]}
# The KPIs sheet's column headers of a Chinese export (the format: "Chinese names in a Chinese export").
KPI_HEADERS = {"承诺": "promised", "预期": "expected", "监测": "monitored", "值": "value"}
SCENARIO_FIELDS = {
    "base year": ("y0", "基准年"), "horizon years": ("h", "预测年数"), "discount rate": ("r", "贴现率"),
    "household size": ("hh", "户均人口"), "in-migrant share": ("m", "外来就业比例"),
    "service cost per resident": ("c", "人均公共服务成本"), "budget revenue": ("b0", "一般公共预算收入"),
    "budget growth": ("gb", "预算收入增长率"), "behind threshold": ("thr", "滞后阈值")}
INDUSTRY_COLS = {
    "code": ("code", "代码"), "baseline jobs": ("B", "基准就业"), "value added per job": ("v", "人均增加值"),
    "productivity growth": ("g", "生产率增长"), "average wage": ("w", "平均工资"), "tax rate": ("x", "税率"),
    "employment multiplier": ("M", "就业乘数"), "displacement": ("q", "挤出比例")}
INCENTIVE_COLS = {
    "code": ("code", "代码"), "type": ("type", "类型"), "industry": ("ind", "产业"), "start year": ("s", "起始年"),
    "duration": ("D", "持续年数"), "committed jobs": ("J", "承诺就业"), "ramp years": ("R", "爬坡年数"),
    "but-for share": ("b", "增量比例"), "amount": ("A", "金额"), "talents": ("T", "人才数"),
    "exit year": ("e", "退出年"), "exit multiple": ("X", "退出倍数"), "success probability": ("pi", "成功概率"),
    "failure year": ("f", "失败年"), "recovery multiple": ("rho", "回收倍数"), "clawback share": ("kappa", "追回比例")}
ACTUAL_COLS = {"incentive": ("inc", "政策代码"), "year": ("year", "年份"), "actual gross jobs": ("AG", "实际直接就业"),
               "actual outlay": ("AO", "实际支出"), "actual money back": ("AP", "实际回收")}
TYPES = {"equity": "EQUITY", "股权投资": "EQUITY", "job_subsidy": "JOB_SUBSIDY", "就业补贴": "JOB_SUBSIDY",
         "tax_rebate": "TAX_REBATE", "税收返还": "TAX_REBATE", "land_discount": "LAND_DISCOUNT",
         "土地优惠": "LAND_DISCOUNT", "talent_subsidy": "TALENT_SUBSIDY", "人才补贴": "TALENT_SUBSIDY",
         "rd_grant": "RD_GRANT", "研发资助": "RD_GRANT"}
SCALES = {"万": 1e4, "亿": 1e8, "k": 1e3, "m": 1e6, "b": 1e9}


def number(value):
    if value is None:
        return None
    if isinstance(value, float):
        return value
    text = norm(value).replace(",", "").replace(" ", "")
    if text == "":
        return None
    if text.endswith("%"):
        return float(text[:-1]) / 100
    scale = 1.0
    if text[-1] in SCALES:
        scale, text = SCALES[text[-1]], text[:-1]
    return float(text) * scale


def find_sheet(sheets, role):
    for name, rows in sheets.items():
        if norm(name) in SHEETS[role]:
            return rows
    return None


def table(rows, columns):
    """Rows of a header-first sheet as dicts keyed by the short names in `columns`."""
    if not rows:
        return []
    body = [r for r in rows if any(v not in (None, "") for v in r)]
    header = body[0]
    keys = {}
    for i, h in enumerate(header):
        for canonical, (short, alias) in columns.items():
            if h is not None and norm(h) in (canonical, norm(alias)):
                keys[i] = short
    return [{keys[i]: v for i, v in enumerate(r) if i in keys and v not in (None, "")} for r in body[1:]]


# ---------------------------------------------------------------- the model
def read_scenario(path):
    sheets = read_xlsx(path)
    settings = {"b0": 0.0, "gb": 0.0, "thr": 0.8}
    for row in find_sheet(sheets, "scenario")[1:]:
        if len(row) >= 2 and row[0] is not None:
            for canonical, (short, alias) in SCENARIO_FIELDS.items():
                if norm(row[0]) in (canonical, norm(alias)) and row[1] not in (None, ""):
                    settings[short] = number(row[1])
    industries = {}
    for r in table(find_sheet(sheets, "industries"), INDUSTRY_COLS):
        ind = {"B": 0.0, "g": 0.0, "w": 0.0, "M": 1.0, "q": 0.0}
        ind.update({k: (number(v) if k != "code" else str(v).strip()) for k, v in r.items()})
        industries[ind["code"]] = ind
    incentives = []
    for r in table(find_sheet(sheets, "incentives"), INCENTIVE_COLS):
        inc = {"D": 1.0, "J": 0.0, "R": 1.0, "T": 0.0, "pi": 1.0, "rho": 0.0, "kappa": 0.0, "X": 0.0}
        for k, v in r.items():
            if k in ("code", "ind"):
                inc[k] = str(v).strip()
            elif k == "type":
                inc[k] = TYPES[norm(v)]
            else:
                inc[k] = number(v)
        incentives.append(inc)
    actuals = {}
    for r in table(find_sheet(sheets, "actuals"), ACTUAL_COLS):
        key = (str(r["inc"]).strip(), int(number(r["year"])))
        actuals[key] = {k: number(v) for k, v in r.items() if k in ("AG", "AO", "AP")}
    return settings, industries, incentives, actuals


def years(st):
    y0, h = int(st["y0"]), int(st["h"])
    return list(range(y0 + 1, y0 + h + 1))


def gross(inc, t):
    s = inc["s"]
    return 0.0 if t < s else inc["J"] * min(1.0, (t - s + 1) / inc["R"])


def outlay(inc, ind, st, t, g, paying):
    """Version 1 outlay of year t on gross jobs g; `paying` says whether per-year payments still run."""
    s, a, typ = inc["s"], inc["A"], inc["type"]
    active = s <= t < s + inc["D"]
    k = t - st["y0"]
    if typ in ("EQUITY", "LAND_DISCOUNT"):
        return a if t == s else 0.0
    if not active:
        return 0.0
    if typ == "JOB_SUBSIDY":
        return a * g
    if typ == "TAX_REBATE":
        return a * g * ind["v"] * (1 + ind["g"]) ** k * ind["x"]
    if not paying:
        return 0.0
    return a * inc["T"] if typ == "TALENT_SUBSIDY" else a


def flows_success(inc, ind, st):
    out = {}
    end = st["y0"] + st["h"]
    for t in years(st):
        g = gross(inc, t)
        p = inc["A"] * inc["X"] if inc["type"] == "EQUITY" and inc.get("e") is not None and t == inc["e"] <= end else 0.0
        out[t] = {"G": g, "Out": outlay(inc, ind, st, t, g, True), "P": p, "K": 0.0}
    return out


def flows_failure(inc, ind, st):
    f = inc["f"]
    success = flows_success(inc, ind, st)
    out = {}
    for t in years(st):
        g = gross(inc, t) if t < f else 0.0
        o = outlay(inc, ind, st, t, g, t < f)
        p = 0.0
        if inc["type"] == "EQUITY":
            if f < inc["e"]:
                p = inc["A"] * inc["rho"] if t == f else 0.0
            else:
                p = success[t]["P"]
        out[t] = {"G": g, "Out": o, "P": p, "K": 0.0}
    if inc["type"] != "EQUITY" and f in out:
        out[f]["K"] = inc["kappa"] * sum(out[u]["Out"] for u in out if u < f)
    return out


def flows_monitored(inc, ind, st, actuals):
    promised = flows_success(inc, ind, st)
    mine = {t: a for (code, t), a in actuals.items() if code == inc["code"]}
    job_years = [t for t, a in mine.items() if a.get("AG") is not None]
    last = max(job_years) if job_years else None
    ratio = None
    if last is not None and promised.get(last, {"G": 0})["G"] != 0:
        ratio = mine[last]["AG"] / promised[last]["G"]
    out = {}
    for t in years(st):
        a = mine.get(t, {})
        g = promised[t]["G"]
        if a.get("AG") is not None:
            g = a["AG"]
        elif last is not None and t > last and ratio is not None:
            g = g * ratio
        o = a["AO"] if a.get("AO") is not None else outlay(inc, ind, st, t, g, True)
        p, k = promised[t]["P"], 0.0
        if a.get("AP") is not None:
            if inc["type"] == "EQUITY":
                p = a["AP"]
            else:
                p, k = 0.0, a["AP"]
        out[t] = {"G": g, "Out": o, "P": p, "K": k}
    return out


def kpis(st, industries, incentives, view, actuals):
    ys = years(st)
    end = ys[-1]
    tot = {t: dict.fromkeys(("G", "N", "E", "V", "L", "Rev", "Out", "P", "K"), 0.0) for t in ys}
    va_final = {}
    for inc in incentives:
        ind = industries[inc["ind"]]
        if view == "promised":
            fl = flows_success(inc, ind, st)
        elif view == "monitored":
            fl = flows_monitored(inc, ind, st, actuals)
        else:
            pi = inc["pi"]
            fl = flows_success(inc, ind, st)
            if pi < 1:
                fail = flows_failure(inc, ind, st)
                fl = {t: {x: pi * fl[t][x] + (1 - pi) * fail[t][x] for x in fl[t]} for t in ys}
        for t in ys:
            k = t - st["y0"]
            g = fl[t]["G"]
            n = g * inc["b"] * (1 - ind["q"])
            e = n * ind["M"]
            v = e * ind["v"] * (1 + ind["g"]) ** k
            row = tot[t]
            row["G"] += g
            row["N"] += n
            row["E"] += e
            row["V"] += v
            row["L"] += e * ind["w"] * (1 + ind["g"]) ** k
            row["Rev"] += v * ind["x"]
            row["Out"] += fl[t]["Out"]
            row["P"] += fl[t]["P"]
            row["K"] += fl[t]["K"]
            if t == end:
                va_final[inc["ind"]] = va_final.get(inc["ind"], 0.0) + v
    r, m, hh, c = st["r"], st["m"], st["hh"], st["c"]
    cum, C, F = 0.0, {}, {}
    pv = dict.fromkeys(("Out", "Rev", "P", "S", "K", "Bud"), 0.0)
    peak_share = None
    for t in ys:
        k = t - st["y0"]
        d = 1 / (1 + r) ** k
        row = tot[t]
        pop = row["E"] * m * hh
        s = pop * c
        F[t] = row["Rev"] + row["P"] + row["K"] - row["Out"] - s
        cum += F[t]
        C[t] = cum
        bud = st["b0"] * (1 + st["gb"]) ** k
        for key, val in (("Out", row["Out"]), ("Rev", row["Rev"]), ("P", row["P"]), ("S", s), ("K", row["K"]),
                         ("Bud", bud)):
            pv[key] += d * val
        if st["b0"] > 0:
            share = row["Out"] / bud
            peak_share = share if peak_share is None else max(peak_share, share)
    final = tot[end]
    outlay_total = sum(tot[t]["Out"] for t in ys)
    divisor = pv["Out"] + pv["S"]
    be = None
    if C[end] >= 0:
        be = end
        for t in reversed(ys):
            if C[t] >= 0:
                be = t
            else:
                break
    base = sum(i["B"] for i in industries.values())
    hhi = None
    if final["V"] != 0:
        hhi = sum((v / final["V"]) ** 2 for v in va_final.values())
    return {
        "netJobsFinal": final["E"], "grossDirectJobsFinal": final["G"], "jobYears": sum(tot[t]["E"] for t in ys),
        "valueAddedFinal": final["V"], "laborIncomeFinal": final["L"], "populationFinal": final["E"] * m * hh,
        "incentiveOutlay": outlay_total, "pvOutlay": pv["Out"], "pvRevenue": pv["Rev"], "pvProceeds": pv["P"],
        "pvServiceCost": pv["S"], "pvClawbacks": pv["K"],
        "npv": pv["Rev"] + pv["P"] + pv["K"] - pv["Out"] - pv["S"],
        "benefitCostRatio": (pv["Rev"] + pv["P"] + pv["K"]) / divisor if divisor != 0 else None,
        "breakEvenYear": be,
        "costPerNetJob": outlay_total / final["E"] if final["E"] != 0 else None,
        "costPerGrossJob": outlay_total / final["G"] if final["G"] != 0 else None,
        "concentrationHhi": hhi, "jobsVsBaseline": final["E"] / base if base != 0 else None,
        "peakFundingGap": max(0.0, -min(C.values())), "peakOutlayShare": peak_share,
        "outlayShareOfBudget": pv["Out"] / pv["Bud"] if st["b0"] > 0 else None,
    }


def agree(mine, theirs):
    if mine is None or theirs is None:
        return mine is None and theirs is None
    if abs(mine - theirs) <= 1e-6:
        return True
    return abs(mine - theirs) <= 1e-9 * max(abs(mine), abs(theirs))


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    try:
        st, industries, incentives, actuals = read_scenario(argv[1])
        out = read_xlsx(argv[2])
    except Exception as e:  # an unreadable file is a usage problem, not a disagreement
        print("check_v2: cannot read: %s" % e, file=sys.stderr)
        return 2
    rows = find_sheet(out, "kpis")
    header = [KPI_HEADERS.get(norm(h), norm(h)) if h is not None else "" for h in rows[0]]
    views = [v for v in ("promised", "expected", "monitored") if v in header]
    if not views and "value" in header:
        views = ["promised"]  # a version 1 KPIs sheet: Key, Value
        header[header.index("value")] = "promised"
    if "monitored" in views and not actuals:
        views.remove("monitored")
    ours = {v: kpis(st, industries, incentives, v, actuals) for v in views}
    checked = failed = 0
    for row in rows[1:]:
        if not row or row[0] is None or row[0] not in ours[views[0]]:
            continue
        for v in views:
            i = header.index(v)
            cell = row[i] if i < len(row) else None
            theirs = number(cell) if cell not in (None, "") else None
            mine = ours[v][row[0]]
            checked += 1
            if not agree(mine, theirs):
                failed += 1
                print("differs: %-22s %-9s ours %r, workbook %r" % (row[0], v, mine, theirs))
    print("check_v2: %d figures compared in views %s, %d differ" % (checked, ", ".join(views), failed))
    return 1 if failed or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
