-- Runs inside `nvim --headless`: starts Verbatim's language server with Neovim's built-in LSP client (0.7 API),
-- opens the draft, waits (polling) for its diagnostics, asks for hovers, and writes everything as JSON to
-- $VERBATIM_OUT. The mocha test (neovim.test.ts) checks the result.
local root = os.getenv('VERBATIM_ROOT')
local ws = os.getenv('VERBATIM_WS')
local out = os.getenv('VERBATIM_OUT')
local positions = vim.fn.json_decode(os.getenv('VERBATIM_HOVERS'))
local result = { diagnostics = {}, hovers = {} }

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(ws .. '/draft.md'))
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].filetype = 'markdown'
  local client_id = vim.lsp.start_client({
    name = 'verbatim',
    cmd = { 'node', root .. '/dist/server.js', '--stdio' },
    cmd_env = { GLIBC_TUNABLES = 'glibc.malloc.hugetlb=1' }, -- as README suggests for big archives on Linux
    root_dir = ws,
  })
  if not client_id then error('the language server did not start') end
  vim.lsp.buf_attach_client(buf, client_id)

  if not vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 50) then
    error('no diagnostics within 30 s')
  end
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(result.diagnostics, { line = d.lnum, col = d.col, severity = d.severity, code = d.code, message = d.message })
  end

  for _, p in ipairs(positions) do
    local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = p }
    local responses, request_err = vim.lsp.buf_request_sync(buf, 'textDocument/hover', params, 10000)
    if not responses then error('hover failed: ' .. tostring(request_err)) end
    local text = ''
    for _, r in pairs(responses) do
      if r.result and r.result.contents then text = text .. (r.result.contents.value or vim.inspect(r.result.contents)) end
      if r.err then text = text .. 'ERROR: ' .. vim.inspect(r.err) end
    end
    table.insert(result.hovers, text)
  end
  vim.lsp.stop_client(client_id)
end)
if not ok then result.error = tostring(err) end
local f = assert(io.open(out, 'w'))
f:write(vim.fn.json_encode(result))
f:close()
vim.cmd('qall!')
