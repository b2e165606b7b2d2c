# Writes the default rules file into a C++ source, so the binary carries its own rules.
file(READ "${IN}" content)
file(WRITE "${OUT}.tmp"
  "// Generated from rules.yaml by cmake/embed_rules.cmake. Do not edit.\n"
  "#include \"checker/rules/rule_set.h\"\n"
  "namespace tieout {\n"
  "const char* DefaultRulesText() {\n"
  "  return R\"tieout_rules(${content})tieout_rules\";\n"
  "}\n"
  "}  // namespace tieout\n")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
