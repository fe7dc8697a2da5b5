-- wrk script for the load bench: varied, realistic payment requests, each with a fresh
-- request_id, drawn from the payee pool the runner wrote (PAYEES_FILE: name, account, bank
-- per line; most of them imported as the tenant's vendor master, the rest unknown payees).
-- Prints one RESULT line that run.sh reads.

local key = os.getenv("FRAUDSCREEN_KEY") or ""
local run = os.getenv("RUN_ID") or "run"
local payees = {}
for line in io.lines(os.getenv("PAYEES_FILE")) do
  local name, account, bank = line:match("([^\t]+)\t([^\t]+)\t([^\t]+)")
  payees[#payees + 1] = { name = name, account = account, bank = bank }
end

local purposes = { "货款", "服务费", "设备采购款", "材料款", "运费", "租金", "技术服务费", "咨询费", "工程进度款" }
local scam_purposes = { "保证金", "垫资款", "返利" }
-- Nine in ten requests are routine payments; one in ten carries a scam script.
local routine_memos = {
  "按合同第二期付款", "3月对账单已确认", "采购订单PO-2026-%d 到货验收合格", "季度物流费结算",
  "办公场地租金（7月）", "设备维保年费", "原材料采购，质检报告已归档", "项目里程碑验收后付款",
}
local routine_instructions = {
  { channel = "erp", text = "付款申请已走完OA审批流程，附发票。" },
  { channel = "email", text = "您好，附件为本月对账单，请按账期安排付款。" },
  { channel = "erp", text = "按框架合同约定支付本期款项。" },
  { channel = "phone", text = "供应商来电确认发票已寄出。" },
}
local scam_memos = { "合作保证金，对方要求今天到账", "新账户收款，请按通知付款", "%d号项目垫资款" }
local scam_instructions = {
  { channel = "im", text = "王总：这笔款今天务必打过去，我在开会不方便接电话，先别跟其他人说。" },
  { channel = "email", text = "我司银行账户已变更，请将货款汇入新账户，旧账户停止使用。" },
  { channel = "im", text = "刷单返利任务，先垫付后返佣金，做完三单一起结算。" },
}

local headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. key }
local counter = 0
math.randomseed(42)

request = function()
  counter = counter + 1
  local p = payees[math.random(#payees)]
  local scam = math.random(10) == 1
  local memos = scam and scam_memos or routine_memos
  local instructions = scam and scam_instructions or routine_instructions
  local ins = instructions[math.random(#instructions)]
  local amount = string.format("%d.%02d", math.random(800, 480000), math.random(0, 99))
  local memo = string.format(memos[math.random(#memos)], counter)
  local body = string.format(
    '{"request_id":"%s-%09d","submitted_at":"2026-07-%02dT%02d:%02d:00+08:00",' ..
    '"payer":{"account_no":"3011000000000001","account_name":"新疆示例化工有限公司"},' ..
    '"payee":{"name":"%s","account_no":"%s","bank":"%s","account_type":"corporate","vendor_id":null,"phone":null},' ..
    '"amount":"%s","currency":"CNY","purpose":"%s","memo":"%s",' ..
    '"instruction":{"channel":"%s","from_name":"财务部","from_contact":null,"text":"%s","urgent":%s},' ..
    '"requested_by":"E%d","approved_by":["E2001"],' ..
    '"related":{"order_id":null,"contract_id":"HT-2026-%d","invoice_no":null},"payee_account_changed_at":null}',
    run, counter, math.random(13, 17), math.random(9, 18), math.random(0, 59),
    p.name, p.account, p.bank, amount, scam and scam_purposes[math.random(#scam_purposes)] or purposes[math.random(#purposes)], memo,
    ins.channel, ins.text, (math.random(10) == 1) and "true" or "false",
    math.random(1000, 1999), math.random(100, 999))
  return wrk.format("POST", "/v1/screen/payment", headers, body)
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local non2xx = summary.errors.status
  local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d rps=%.0f p50_ms=%.2f p99_ms=%.2f p999_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d\n",
    summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency:percentile(99.9) / 1000,
    latency.max / 1000, non2xx, socket))
end
