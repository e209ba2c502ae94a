CASES = [
    {"args": ['parseHttpRequest XmlNode2D id getID'], "expected": 'parse_http_request xml_node2_d id get_i_d'},
    {"args": [''], "expected": ''},
    {"args": ['a'], "expected": 'a'},
    {"args": ['A'], "expected": 'a'},
    {"args": ['AB Ab aB'], "expected": 'a_b ab a_b'},
    {"args": ['HTTPServer HTTPServer'], "expected": 'h_t_t_p_server h_t_t_p_server'},
    {"args": ['x1 x1Y2z3 v2Beta10'], "expected": 'x1 x1_y2z3 v2_beta10'},
    {"args": ['ZZZZ zzzz Z9'], "expected": 'z_z_z_z zzzz z9'},
    {"args": ['already q'], "expected": 'already q'},
    {"args": ['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmn'], "expected": 'a_b_c_d_e_f_g_h_i_j_k_l_m_n_o_p_q_r_s_t_u_v_w_x_y_zabcdefghijklmn'},
    {"args": ['userId UserId userID USERID'], "expected": 'user_id user_id user_i_d u_s_e_r_i_d'},
    {"args": ["a B c D"], "expected": "a b c d"},
]
