// placeholder, replaced below
#define BOOST_TEST_MODULE tieout_e2e
#include <boost/test/included/unit_test.hpp>
BOOST_AUTO_TEST_CASE(builds) { BOOST_TEST(true); }
