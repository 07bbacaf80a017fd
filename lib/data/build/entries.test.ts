import { describe, expect, it } from "vitest";
import { parseFilingEntries, parseGenaiEntries } from "./entries";

const DS_HEADER =
  "filing_no,company,algorithm,batch_or_date,division_code,city,district,province,prefecture_code,role,remark_cancelled,batch_no,seq_in_batch,transcript_page";
const ds = (...rows: string[]) => [DS_HEADER, ...rows].join("\n");
const row = (no: string, code: string, batch = "第一批 2023-06,", role = "服务提供者", remark = "", n = "1") =>
  `${no},某公司,某算法,${batch}${code},Beijing,,北京市,110100,${role},${remark},${n},1,p000.txt`;

describe("parseFilingEntries", () => {
  it("reads code, batch, month, role and the cancelled mark", () => {
    const { entries, problems } = parseFilingEntries(
      ds(
        row("网信算备110108105858001230019号", "110108"),
        row("网信算备330110507206401240019号", "330110", "第九批 2024-12,", "服务技术支持者", "已注销", "9"),
      ),
    );
    expect(problems).toEqual([]);
    expect(entries).toEqual([
      {
        row: 1,
        filingNo: "网信算备110108105858001230019号",
        code: "110108",
        batch: 1,
        period: "2023-06",
        role: "provider",
        cancelled: false,
      },
      {
        row: 2,
        filingNo: "网信算备330110507206401240019号",
        code: "330110",
        batch: 9,
        period: "2024-12",
        role: "support",
        cancelled: true,
      },
    ]);
  });

  it("names the row of every malformed entry and keeps none of them", () => {
    const { entries, problems } = parseFilingEntries(
      ds(
        row("网信算备11010812号", "11010"), // 5 digits
        row("网信算备110108000号", "110105"), // the number carries another code
        row("网信算备110108001号", "110108", "2023-06,"), // no batch name
        row("网信算备110108002号", "110108", "第一批 2023-06,", "provider"),
        row("网信算备110108003号", "110108", "第一批 2023-06,", "服务提供者", "注销"),
        row("网信算备110108004号", "110108", "第一批 2023-06,", "服务提供者", "", "x"),
        row("网信算备110108005号", "110108"),
        row("网信算备110108005号", "110108"), // the same filing twice
      ),
    );
    expect(entries.map((e) => e.row)).toEqual([7]);
    expect(problems).toEqual([
      'topics/entries/deep-synthesis-filings.csv#1: division code "11010" is not 6 digits',
      'topics/entries/deep-synthesis-filings.csv#2: filing number "网信算备110108000号" does not carry code 110105',
      'topics/entries/deep-synthesis-filings.csv#3: batch date "2023-06" is not "第…批 YYYY-MM"',
      'topics/entries/deep-synthesis-filings.csv#4: role "provider" is neither 服务提供者 nor 服务技术支持者',
      'topics/entries/deep-synthesis-filings.csv#5: remark "注销" is neither empty nor 已注销',
      'topics/entries/deep-synthesis-filings.csv#6: batch "x" is not a batch number',
      'topics/entries/deep-synthesis-filings.csv#8: filing number "网信算备110108005号" appears twice',
    ]);
  });

  it("refuses a file without the columns it counts by", () => {
    const { entries, problems } = parseFilingEntries("filing_no,company\n网信算备110108号,x\n");
    expect(entries).toEqual([]);
    expect(problems).toContain('topics/entries/deep-synthesis-filings.csv: no "division_code" column');
  });
});

describe("parseGenaiEntries", () => {
  const HEADER = "seq,cac_attachment,company,model,province,r2_city,ds_status,ds_division_code";
  it("reads matched, central-SOE and unmatched filings; a status that contradicts its code is a problem", () => {
    const { entries, problems } = parseGenaiEntries(
      [
        HEADER,
        "1,2024-04,北京百度网讯科技有限公司,文心一言,北京市,Beijing,ds_match_consistent,110108",
        "2,2024-04,北京百川智能科技有限公司,百应,北京市,Beijing,no_ds_match,",
        "3,2025-06,中国民航信息网络股份有限公司,启航,国资委,,ds_match_sasac,110113",
        "4,2025-06,x,y,北京市,Beijing,ds_match_consistent,",
        "4,2025-06,x,y,北京市,Beijing,no_ds_match,",
      ].join("\n"),
    );
    expect(entries).toEqual([
      { row: 1, seq: 1, status: "matched", code: "110108" },
      { row: 2, seq: 2, status: "unmatched", code: null },
      { row: 3, seq: 3, status: "sasac", code: "110113" },
    ]);
    expect(problems).toEqual([
      'topics/entries/genai-filings-company-matched.csv#4: status ds_match_consistent with division code ""',
      "topics/entries/genai-filings-company-matched.csv#5: seq 4 appears twice",
    ]);
  });
});
